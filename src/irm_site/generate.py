"""Generate the site's Markdown from its sources: the join, computed once, for any renderer.

The sources are the pages of ``docs/`` (with their ``/// paragraph | id`` blocks), the feature
files, the results of the latest run and the model. Each is read once, by
[`read_sources`][irm_site.generate.read_sources]; [`generate`][irm_site.generate.generate] turns
them into a complete tree of plain Markdown, assets and data (``traceability.json``) that MkDocs
with Material and Zensical both build as it is: every paragraph block is already its heading,
verbatim text and proof; every generated page (scenarios, tools, readings, print view) is a file.
No renderer hook is needed for the site to be correct.

Links between pages are written two ways: Markdown links (``[x](../tools/dut.md)``), which the
renderer checks and resolves, and, inside raw HTML, final addresses (``../tools/dut.html``): the
site is built with ``use_directory_urls: false``, as the offline site must be.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import posixpath
import re
import shutil
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

import irm_model
from irm_model.acronyms import GLOSSARY
from irm_model.memo import MEMO
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import program_for, tools_named_in
from irm_model.readings import READINGS, Reading, readings_touching
from irm_model.reasons import catalogues
from irm_model.rules import implementing
from irm_model.tools import TOOLS
from irm_site import assistant, contract, generated, history, register, render, signoff
from irm_site.errors import SourceError, SourceErrors
from irm_site.features import FeatureSpec, load_features
from irm_site.naming import Naming, naming
from irm_site.pages import (
    CLOSE_RE,
    OPEN_RE,
    SCENARIOS_BOOST,
    PageSource,
    SectionMeta,
    parse_page,
    plain_text,
    search_boost,
    strip_front_matter,
)
from irm_site.results import Results, read_results
from irm_site.trace import ParagraphView, ScenarioView, gate, join, review_entry, traceability

__all__ = [
    "Catalogue",
    "Generated",
    "Sources",
    "generate",
    "html_link",
    "implemented_by",
    "page_url",
    "read_sources",
    "write_tree",
]

Catalogue = Literal["memo", "pages"]
"""Which paragraphs the site must prove: ``memo``, the 38 entries the memorandum changes (each must
be on its page); ``pages``, every paragraph the pages show (another manual, such as the synthetic
ones ``make bench`` builds)."""

MATRIX_MARKER = "<!-- irm:matrix -->"
"""Where a page (the traceability page) wants the matrix."""
GLOSSARY_MARKER = "<!-- irm:glossary -->"
"""Where a page (the glossary) wants the table of abbreviations."""
RUN_MARKER = "<!-- irm:run -->"
"""Where a page (the home page) wants the summary of the latest run."""
DECISIONS_MARKER = "<!-- irm:decisions -->"
"""Where a page wants the decision table of the offer-before-paper rule."""
MEMO_MARKER = "<!-- irm:memo -->"
"""Where a page (the memorandum's) wants the memorandum's particulars, from ``irm_model.memo.MEMO``."""
TOOLS_INDEX = "tools/index.md"
PRINT_PAGE = "print.md"
"""The generated print view: every procedure on one page (one page per IRM part in a large manual)."""
READINGS_PAGE = render.READINGS_PAGE
"""The generated page of the readings register (where the memorandum is silent)."""
READINGS_TITLE = "Readings where the memo is silent"
"""The readings page's entry in the navigation, after the decision table."""
TRACEABILITY = "traceability.json"
"""The data file of the join, at the site's root."""
NAV_GROUP_ABOVE = 40
"""Above this many feature files, the "Scenarios" navigation groups them by IRM, so that each page
(which carries the open part of the navigation) stays small as the manual grows."""
NAV_GROUP_SIZE = 12
"""A group of the grouped navigation holds at most this many entries, else it is split by the next
level of the IRM number (part ``IRM 9``, chapter ``IRM 9.3``, section ``IRM 9.3.7``): with
``navigation.sections`` and ``navigation.prune`` every page carries each top-level group's entries
and the open group's at each level below, so these stay few however large the manual."""
SPLIT_ABOVE = 400
"""Above this many paragraphs, the matrix and the print view are one page per IRM part."""


def page_url(path: str) -> str:
    """The address of the page ``path`` (relative to ``docs/``) on the built site: ``x/y.md`` → ``x/y.html``."""
    return re.sub(r"\.md(?=$|#)", ".html", path)


def html_link(page: str) -> render.Link:
    """Links from ``page`` for raw HTML: the target's final address, relative to ``page``'s own."""

    def link(target: str) -> str:
        return page_url(render.relative(target, page))

    return link


def implemented_by(paragraphs: Iterable[ParagraphId]) -> dict[ParagraphId, tuple[str, ...]]:
    """The full names of the model's decisions that implement each paragraph (none for another manual's).

    A rule registers when its module is imported, so every module of ``irm_model`` is imported
    first: the answer does not depend on which modules happened to be imported before.
    """
    for module in pkgutil.walk_packages(irm_model.__path__, "irm_model."):
        importlib.import_module(module.name)
    return {paragraph: tuple(rule.name for rule in implementing(paragraph)) for paragraph in paragraphs}


@dataclass(frozen=True)
class Sources:
    """Everything the site is made from, each source read once."""

    docs: Path
    """The folder of the pages (``docs/``)."""
    pages: dict[str, PageSource]
    """Every Markdown page, parsed, by its path under ``docs/``."""
    texts: dict[str, str]
    """Every Markdown page's text, by its path under ``docs/``."""
    assets: tuple[str, ...]
    """Every other file under ``docs/`` (stylesheets, scripts, schemas), copied as it is."""
    features: tuple[FeatureSpec, ...]
    results: Results | None
    catalogue: Catalogue
    warnings: tuple[str, ...] = ()
    """What is not an error but leaves statuses unknown (no results file yet), one line each."""
    history: tuple[history.HistoryRun, ...] = ()
    """The recorded runs of the scenarios, oldest first ([irm_site.history][])."""
    assistant: assistant.Tree | None = None
    """The model's answers for the assistant's page ([irm_site.assistant][]); none for another manual."""
    signoffs: signoff.Ledger = field(default_factory=signoff.Ledger)
    """The sign-off ledger (``signoff.jsonl``): what policy staff approved ([irm_site.signoff][])."""


def read_sources(
    root: Path,
    *,
    docs: str = "docs",
    features: str = "features",
    results: str = "build/results.json",
    catalogue: Catalogue = "memo",
    ledger: str = signoff.LEDGER_FILE,
) -> Sources:
    """Read the pages, the feature files, the results and the sign-off ledger of a project, once.

    Raises:
        SourceErrors: a page, a feature file or the sign-off ledger has mistakes (every one is listed,
            by file and line).
    """
    known = MEMO_PARAGRAPHS if catalogue == "memo" else None
    docs_dir = root / docs
    features_dir = root / features
    errors: list[SourceError] = []
    if not docs_dir.is_dir():
        errors.append(SourceError(f"{docs}/", None, "there is no folder of pages", "create it or pass --docs"))
    if not features_dir.is_dir():
        errors.append(
            SourceError(f"{features}/", None, "there is no folder of feature files", "create it or pass --features")
        )
    if errors:
        raise SourceErrors(errors)
    pages: dict[str, PageSource] = {}
    texts: dict[str, str] = {}
    assets: list[str] = []
    for path in sorted(p for p in docs_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(docs_dir).as_posix()
        if path.suffix != ".md":
            assets.append(relative)
            continue
        text = path.read_text(encoding="utf-8")
        texts[relative] = text
        try:
            pages[relative] = parse_page(relative, text, known)
        except SourceErrors as found:
            errors.extend(found.errors)
    try:
        loaded = load_features(features_dir, root, known)
    except SourceErrors as found:
        errors.extend(found.errors)
        loaded = ()
    try:
        kept = history.settings(root)
    except SourceError as error:
        errors.append(error)
    try:  # another manual's paragraphs are known once its pages are joined (_Join)
        signoffs = signoff.read_ledger(
            root / ledger,
            ledger,
            paragraphs=known,
            readings={reading.key for reading in READINGS} if catalogue == "memo" else (),
        )
    except SourceErrors as found:
        errors.extend(found.errors)
    if errors:
        raise SourceErrors(errors)
    warnings: list[str] = []
    try:
        read = read_results(root / results, results)
    except SourceError as error:
        read = None
        warnings.append(str(error))
    runs, corrupt = history.read_history(kept.path, history.HISTORY_FILE)
    warnings += [str(error) for error in corrupt]
    answers = assistant.load_tree() if catalogue == "memo" else None
    return Sources(
        docs_dir, pages, texts, tuple(assets), loaded, read, catalogue, tuple(warnings), runs, answers, signoffs
    )


def _manual_order(feature: FeatureSpec) -> ParagraphId:
    """Features in the manual's order: by the first paragraph their scenarios prove."""
    return min(paragraph for spec in feature.scenarios for paragraph in spec.paragraphs)


@dataclass
class Generated:
    """The generated tree: every file's content by its path under the generated ``docs/``, and what it adds."""

    files: dict[str, str | bytes] = field(default_factory=dict)
    """Markdown, assets and data, by path under the generated ``docs/``; assets as bytes."""
    nav: list[Any] = field(default_factory=list)
    """The entries the generated pages add to the navigation (see [irm_site.config][])."""
    not_in_nav: list[str] = field(default_factory=list)
    """Patterns of generated pages reached from other pages, not from the navigation (``/matrix/``)."""
    problems: list[str] = field(default_factory=list)
    """What stops a strict build: each paragraph without a passing scenario or with a failing one."""
    warnings: tuple[str, ...] = ()
    """What leaves statuses unknown without being a mistake in a source (no results file yet)."""
    views: tuple[ParagraphView, ...] = ()
    traceability: dict[str, Any] = field(default_factory=dict)


class _Join:
    """The join of one set of sources, with what every page needs from it."""

    def __init__(self, sources: Sources) -> None:
        self.sources = sources
        where: dict[ParagraphId, str] = {}
        bodies: dict[ParagraphId, str] = {}
        errors: list[SourceError] = []
        for path, source in sources.pages.items():
            for block in source.blocks:
                if block.paragraph in where:
                    errors.append(
                        SourceError(
                            f"docs/{path}",
                            block.start,
                            f"{block.paragraph} is already on docs/{where[block.paragraph]}",
                            "keep each paragraph on one page",
                        )
                    )
                where[block.paragraph] = path
                bodies[block.paragraph] = block.body
        memo = sources.catalogue == "memo"
        self.memo = memo
        self.catalogue: tuple[ParagraphId, ...] = MEMO_PARAGRAPHS if memo else tuple(sorted(where))
        if not memo:
            errors += [
                SourceError(
                    spec.feature,
                    spec.line,
                    f"the scenario '{spec.name}' proves {paragraph}, which no page shows",
                    f"tag it with a paragraph shown on a page, or add a block '/// paragraph | {paragraph}'",
                )
                for feature in sources.features
                for spec in feature.scenarios
                for paragraph in spec.paragraphs
                if paragraph not in where
            ]
        errors += [
            SourceError(
                f"docs/{paragraph.doc_path}",
                None,
                f"{paragraph} is not on its page",
                f"add a block '/// paragraph | {paragraph}' with the memorandum's text",
            )
            for paragraph in self.catalogue
            if paragraph not in where
        ]
        if not memo:  # the memorandum's paragraphs were checked as the ledger was read
            errors += signoff.unknown_paragraphs(sources.signoffs, self.catalogue)
        if errors:
            raise SourceErrors(errors)
        titles: dict[ParagraphId, str] = {}
        for paragraph in self.catalogue:
            meta = sources.pages[where[paragraph]].meta
            titles[paragraph] = meta.title if isinstance(meta, SectionMeta) else "Procedural Changes"
        self.views = join([(p, titles[p]) for p in self.catalogue], sources.features, sources.results)
        self.by_paragraph = {view.paragraph: view for view in self.views}
        self.sections = render.sections_of(self.by_paragraph)
        self.naming: Naming = naming(bodies)
        self.implemented_by = implemented_by(self.catalogue) if memo else {}
        forces = (spec.forces for catalogue in catalogues() for spec in catalogue.specs) if memo else ()
        words = render.force_words(forces, {p: plain_text(bodies[p]) for p in self.catalogue})
        self.force_words = {p: words[p] for p in self.catalogue if p in words}
        reviewed = memo or bool(sources.signoffs.entries)  # `irm signoff` signs off the memorandum's paragraphs
        self.reviews = (
            signoff.reviews(
                self.catalogue, sources.features, sources.signoffs, readings_touching if memo else lambda _: ()
            )
            if reviewed
            else {}
        )
        self.confirmations = {r.key: signoff.review_reading(r, sources.signoffs) for r in READINGS} if memo else {}
        self.register = [self.reading_data(r) for r in READINGS] if memo else []
        by_key = {reading["key"]: reading for reading in self.register}
        self.readings = {p: tuple(by_key[r.key] for r in readings_touching(p)) for p in self.catalogue} if memo else {}
        self.scenario_views: dict[str, ScenarioView] = {
            scenario.spec.key: scenario for view in self.views for scenario in view.scenarios
        }
        self.split = len(self.catalogue) > SPLIT_ABOVE

    def review(self, paragraph: ParagraphId, link: render.Link, *, details: bool) -> str:
        """Under a paragraph: its policy review (none in another manual without a sign-off ledger)."""
        review = self.reviews.get(paragraph)
        if review is None:
            return ""
        return render.review_block(review, paragraph, link, details=details, how=self.memo)

    def reading_data(self, reading: Reading[Any]) -> dict[str, Any]:
        """A reading as plain data, with its confirmation in the sign-off ledger (``review``)."""
        return {**reading.as_data(), "review": review_entry(self.confirmations[reading.key]).model_dump(mode="json")}

    # The pieces of a page.

    def blocks(self, markdown: str, page: str, *, proof: bool = True) -> str:
        """Replace each paragraph block with its heading, verbatim text and proof."""
        out: list[str] = []
        body: list[str] | None = None
        current: ParagraphId | None = None
        link = html_link(page)
        for line in markdown.splitlines():
            if body is None and (match := OPEN_RE.match(line)):
                current = ParagraphId.parse(match["id"])
                body = []
            elif body is not None and CLOSE_RE.match(line) and current is not None:
                text = render.cross_references("\n".join(body), self.by_paragraph.keys(), page, self.sections)
                named = [
                    (TOOLS[tool].name, render.relative(generated.tool_path(tool), page), str(strength))
                    for tool, strength in (tools_named_in(current).items() if self.memo else ())
                ]
                out.append(
                    render.paragraph_block(
                        self.by_paragraph[current],
                        text,
                        link,
                        named,
                        decided=render.decided_by(self.implemented_by.get(current, ()), page),
                        force=render.force_line(self.force_words.get(current, ())),
                        readings=render.readings_line(self.readings.get(current, ()), page),
                        history=history.since(
                            self.sources.history, [s.spec.key for s in self.by_paragraph[current].scenarios]
                        ),
                        review=self.review(current, link, details=proof),
                        proof=proof,
                    )
                )
                body = None
            elif body is not None:
                body.append(line)
            else:
                out.append(line)
        return "\n".join(out)

    def markers(self, markdown: str, page: str) -> str:
        """Fill the markers a hand-written page places (run summary, matrix, decision table, ...)."""
        if RUN_MARKER in markdown:
            markdown = markdown.replace(RUN_MARKER, render.run_summary(self.sources.results, self.views))
        if MEMO_MARKER in markdown:
            markdown = markdown.replace(MEMO_MARKER, render.memo_particulars(MEMO))
        if GLOSSARY_MARKER in markdown:
            markdown = markdown.replace(GLOSSARY_MARKER, render.glossary(GLOSSARY))
        if DECISIONS_MARKER in markdown:
            markdown = markdown.replace(
                DECISIONS_MARKER,
                generated.decision_table(
                    lambda p: render.relative(p.link, page),
                    reading=lambda key: render.relative(render.reading_target(key), page),
                ),
            )
        if MATRIX_MARKER in markdown:
            markdown = markdown.replace(MATRIX_MARKER, self.matrix(page))
        return markdown

    def matrix(self, page: str) -> str:
        """The matrix, or (in a large manual) a list of its pages and print views, one of each per IRM part.

        In a large manual those pages are reached from here, not from the navigation: every page
        carries the navigation's top-level groups, so a group per part would grow every page.
        """
        if not self.split:
            return render.matrix(self.views, html_link(page), self.naming.tools, self.reviews or None)
        lines = ["| IRM | Paragraphs | Proved | On paper |", "|---|---|---|---|"]
        for program, views in self.parts().items():
            proved = sum(1 for view in views if view.status == "proved")
            target = render.relative(_matrix_page(program), page)
            printed = render.relative(_print_page(program), page)
            lines.append(f"| [{program}]({target}) | {len(views)} | {proved} | [print view]({printed}) |")
        return "\n".join(lines) + "\n"

    def parts(self) -> dict[str, list[ParagraphView]]:
        """The paragraphs by IRM part (``IRM 5.19``), in the manual's order."""
        parts: dict[str, list[ParagraphView]] = {}
        for view in self.views:
            parts.setdefault(view.paragraph.program, []).append(view)
        return parts


def _matrix_page(program: str) -> str:
    return f"matrix/{_slug(program)}.md"


def _print_page(program: str) -> str:
    return f"print/{_slug(program)}.md"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")


def _front_matter(meta: Mapping[str, Any]) -> str:
    return "---\n" + json.dumps(dict(meta), ensure_ascii=False) + "\n---\n\n" if meta else ""


def _scenarios_nav(features: Sequence[FeatureSpec]) -> list[Any]:
    """The "Scenarios" navigation: one entry per feature in the manual's order, grouped by IRM when many.

    Each is titled as its page is ("Scenarios proving IRM 5.19.1.2"), never as its section's page.
    """
    ordered = sorted((f for f in features if f.scenarios), key=_manual_order)
    if len(ordered) <= NAV_GROUP_ABOVE:
        return [{render.feature_title(feature): feature.page} for feature in ordered]
    return _nav_groups([(_manual_order(f), {render.feature_title(f): f.page}) for f in ordered])


def _nav_groups(entries: Sequence[tuple[ParagraphId, Any]], level: int = 1) -> list[Any]:
    """Navigation entries (each with the paragraph that places it), in groups by IRM part, chapter and section.

    The entries are grouped by part (``IRM 9``), each group by chapter (``IRM 9.3``) and then by
    section (``IRM 9.3.7``) while it holds more than ``NAV_GROUP_SIZE`` entries; a level that would
    make one group only is skipped. The memorandum's entries are one group.
    """
    if len(entries) <= NAV_GROUP_SIZE or level > 3:
        return [entry for _, entry in entries]
    groups: dict[str, list[tuple[ParagraphId, Any]]] = {}
    for paragraph, entry in entries:
        name = paragraph.program if paragraph.is_memo else "IRM " + ".".join(paragraph.section.split(".")[:level])
        groups.setdefault(name, []).append((paragraph, entry))
    if len(groups) == 1:
        return _nav_groups(entries, level + 1)
    return [{name: _nav_groups(group, level + 1)} for name, group in groups.items()]


def _print_view(join: _Join, paths: Iterable[str], page: str, title: str) -> str:
    """Procedures on one page, starting with where they come from: each section, its paragraphs with their status.

    Its headings are distinct levels: the page's title, each section one level down, and each
    paragraph one level below the section's own deepest heading (a section ``##``, its paragraphs
    ``###``; the memorandum ``##``, its parts ``###``, its paragraphs ``####``).
    """
    paths = list(paths)
    parts = [
        f"# {title}",
        "",
        _provenance(join, [view for view in join.views if view.paragraph.doc_path in paths]),
        "",
        "The memorandum and every IRM section it changes, for reading on paper. Each paragraph shows "
        "whether its scenarios passed in the latest run."
        if join.memo
        else "Every section of this part, for reading on paper. Each paragraph shows whether its scenarios "
        "passed in the latest run.",
        "",
    ]
    for path in paths:
        text = strip_front_matter(join.sources.texts[path])
        text = re.sub(r"^(#+) ", r"#\1 ", text, flags=re.MULTILINE).strip()
        deepest = max((len(hashes) for hashes in re.findall(r"^(#+) ", text, flags=re.MULTILINE)), default=1)
        text = _relinked(text, path, page)
        blocks = join.blocks(text, page, proof=False)
        level = "#" * min(deepest + 1, 6)
        blocks = re.sub(r"^## (?=.*\.irm-paragraph-id \}$)", f"{level} ", blocks, flags=re.MULTILINE)
        parts += [join.markers(blocks, page), ""]
    return "\n".join(parts)


def _provenance(join: _Join, views: Sequence[ParagraphView]) -> str:
    """What a printed copy rests on: the memorandum, the commit and date of the run, and how much it proved."""
    proved = sum(1 for view in views if view.status == "proved")
    counts = f"{proved} of {len(views)} paragraphs proved, {len(views) - proved} not proved"
    results = join.sources.results
    if results is None:
        run = "No scenario results yet: every scenario is not run"
    else:
        finished = results.run.finished.strftime("%Y-%m-%d %H:%M UTC")
        run = f"Latest run: commit <code>{escape(results.run.commit or 'unknown')}</code>, finished {finished}"
    memo = f"{escape(MEMO.control_number)}, {escape(MEMO.title)}, dated {MEMO.dated.day} {MEMO.dated:%B %Y}"
    source = f"Memorandum {memo}" if join.memo else "This manual"
    return f'<p class="irm-provenance">{source}. {run}. {counts}.</p>'


_MD_LINK = re.compile(r"\]\((?!https?:|#|/|mailto:)([^)\s]+\.md(?:#[^)\s]*)?)\)")


def _relinked(text: str, source: str, page: str) -> str:
    """``text`` from page ``source`` placed on ``page``: its relative Markdown links still reach their targets."""
    if posixpath.dirname(source) == posixpath.dirname(page):
        return text

    def move(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(source), match[1]))
        return f"]({render.relative(target, page)})"

    return _MD_LINK.sub(move, text)


def generate(sources: Sources) -> Generated:
    """The whole generated tree of the site, from its sources.

    Raises:
        SourceErrors: a paragraph is on no page or on two, or (another manual) a scenario proves a
            paragraph no page shows.
    """
    join = _Join(sources)
    out = Generated(views=join.views, warnings=sources.warnings)
    abbreviations = render.abbreviations(GLOSSARY)

    def page(path: str, markdown: str, meta: Mapping[str, Any] | None = None) -> None:
        out.files[path] = f"{_front_matter(meta or {})}{markdown.rstrip()}\n\n{abbreviations}\n"

    for path, text in sources.texts.items():
        source = sources.pages[path]
        meta: dict[str, Any] = {}
        if isinstance(source.meta, SectionMeta):  # its own front matter is ours; the renderer gets what it reads
            meta["search"] = {"boost": search_boost(source.meta)}
        else:  # a page's own front matter (title, search) is the renderer's
            meta = source.front_matter
        markdown = join.markers(join.blocks(strip_front_matter(text), path), path)
        page(path, markdown, meta)
    for asset in sources.assets:
        out.files[asset] = (sources.docs / asset).read_bytes()

    for feature in sources.features:
        shown = [join.scenario_views[spec.key] for spec in feature.scenarios]
        page(
            feature.page,
            render.feature_page(feature, shown, html_link(feature.page)),
            {"title": render.feature_title(feature), "search": {"boost": SCENARIOS_BOOST}},
        )
    nav: list[Any] = []
    if join.memo:  # the memorandum's tools and readings; another manual has its own
        for key, tool in TOOLS.items():
            path = generated.tool_path(key)
            page(path, generated.tool_page(tool, sources.features, path))
        page(TOOLS_INDEX, generated.tool_index(TOOLS_INDEX, join.naming.named_in))
        resting: dict[str, list[str]] = {}
        for catalogue in catalogues():
            for spec in catalogue.specs:
                for reading in spec.readings:
                    resting.setdefault(reading, []).append(spec.code)
        content = register.readings_page(join.register, READINGS_PAGE, join.catalogue, resting)
        page(READINGS_PAGE, content, {"search": {"boost": SCENARIOS_BOOST}})
        nav.append({"Digital tools": [TOOLS_INDEX, *(generated.tool_path(key) for key in TOOLS)]})
        nav.append({READINGS_TITLE: READINGS_PAGE})
    if join.memo and sources.assistant is not None:
        _assistant(join, sources.assistant, page, out)
        nav.append({assistant.TITLE: assistant.PAGE})
    nav.append({"Scenarios": _scenarios_nav(sources.features)})

    sections = list(dict.fromkeys(paragraph.doc_path for paragraph in join.catalogue))
    if join.split:
        out.not_in_nav = ["/matrix/", "/print/"]  # linked from the traceability page, one line per part
        for program, views in join.parts().items():
            matrix = _matrix_page(program)
            heading = f"# Traceability: {program}\n\n"
            page(matrix, heading + render.matrix(views, html_link(matrix), join.naming.tools, join.reviews or None))
            target = _print_page(program)
            paths = list(dict.fromkeys(view.paragraph.doc_path for view in views))
            page(
                target,
                _print_view(join, paths, target, f"All procedures of {program}, on one page"),
                {"search": {"exclude": True}},
            )
    else:
        page(
            PRINT_PAGE,
            _print_view(join, sections, PRINT_PAGE, "All procedures, on one page"),
            {"search": {"exclude": True}},
        )  # the same words as the section pages, on one page
        nav.append({"Print view": PRINT_PAGE})
    out.nav = nav

    urls = {view.paragraph: page_url(view.paragraph.link) for view in join.views}
    register_entries = [
        {**reading, "url": page_url(render.reading_target(reading["key"]))} for reading in join.register
    ]
    out.traceability = traceability(
        join.views,
        MEMO.model_dump(mode="json") if join.memo else {},
        sources.results,
        urls,
        join.implemented_by,
        force_words=join.force_words,
        readings={p: [r["key"] for r in readings] for p, readings in join.readings.items()},
        register=register_entries,
        tools={p: [TOOLS[tool].name for tool in tools] for p, tools in join.naming.tools.items()},
        history=sources.history,
        reviews=join.reviews,
    )
    out.files[TRACEABILITY] = json.dumps(out.traceability, indent=1, ensure_ascii=False) + "\n"
    out.files[contract.SCHEMA_FILE] = json.dumps(contract.schema(), indent=1, ensure_ascii=False) + "\n"
    out.problems = gate(join.views)
    return out


def _assistant(
    join: _Join, tree: assistant.Tree, page: Callable[[str, str, Mapping[str, Any]], None], out: Generated
) -> None:
    """The assistant's page and its data: the model's answers, the programs by Impacted IRM, links to paragraphs."""
    link = html_link(assistant.PAGE)
    programs = []
    for irm in MEMO.impacted_irms:
        paragraph = program_for(irm)
        programs.append((f"IRM {irm}: {join.by_paragraph[paragraph].title}, {paragraph}", paragraph))
    data = assistant.assistant_data(tree, programs)
    data["links"] = {str(view.paragraph): link(view.paragraph.link) for view in join.views}
    out.files[assistant.DATA_SCRIPT] = assistant.data_script(data)
    markdown = assistant.page_markdown(
        [label for label, _ in programs],
        data["tools"],
        decisions=link("decisions.md"),
        records=link("contact-records.md"),
    )
    page(assistant.PAGE, markdown, {"title": assistant.TITLE})


def write_tree(
    files: Mapping[str, str | bytes], target: Path, *, first: Iterable[str] = (), pause: float = 0.0
) -> list[str]:
    """Write ``files`` under ``target``, each only when its content changed; remove files no longer generated.

    The paths in ``first`` are written before the others, and ``pause`` seconds before the others
    are written: a renderer watching the tree (``make serve``) then rebuilds the pages a reader is
    looking at on their own, before the pages the change also reaches (the matrix, the print view).

    Returns the paths written (relative to ``target``), so that a caller can say what changed.
    """
    written: list[str] = []
    leading = [path for path in first if path in files]
    for index, path in enumerate(dict.fromkeys([*leading, *files])):
        if index == len(leading) and written and pause:
            time.sleep(pause)
        content = files[path]
        destination = target / path
        data = content.encode("utf-8") if isinstance(content, str) else content
        if destination.is_file() and destination.read_bytes() == data:
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
        written.append(path)
    if target.is_dir():
        for existing in sorted(target.rglob("*"), reverse=True):
            relative = existing.relative_to(target).as_posix()
            if existing.is_file() and relative not in files:
                existing.unlink()
                written.append(relative)
            elif existing.is_dir() and not any(existing.iterdir()):
                shutil.rmtree(existing)
    return written
