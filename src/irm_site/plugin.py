"""The MkDocs plugin ``irm``: joins paragraphs, scenarios and results onto the site.

Files are read once per build (``on_config``/``on_files``) and looked up per page. Parsing,
status logic and rendering live in plain modules ([irm_site.features][], [irm_site.pages][],
[irm_site.naming][], [irm_site.trace][], [irm_site.render][]); this module only wires them into MkDocs.
"""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

import irm_model
from irm_model.acronyms import GLOSSARY
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import tools_named_in
from irm_model.readings import READINGS, readings_touching
from irm_model.reasons import catalogues
from irm_model.rules import implementing
from irm_model.tools import TOOLS
from irm_site import generated, register, render
from irm_site.errors import SourceError, SourceErrors
from irm_site.features import FeatureSpec, load_features
from irm_site.naming import Naming, naming
from irm_site.pages import (
    CLOSE_RE,
    OPEN_RE,
    SCENARIOS_BOOST,
    MemoMeta,
    PageSource,
    SectionMeta,
    parse_page,
    plain_text,
    search_boost,
    strip_front_matter,
)
from irm_site.results import Results, read_results
from irm_site.trace import ParagraphView, ScenarioView, gate, join, traceability

log = logging.getLogger("mkdocs.plugins.irm")

MATRIX_MARKER = "<!-- irm:matrix -->"
"""Where a page (the traceability page) wants the matrix."""
GLOSSARY_MARKER = "<!-- irm:glossary -->"
"""Where a page (the glossary) wants the table of abbreviations."""
RUN_MARKER = "<!-- irm:run -->"
"""Where a page (the home page) wants the summary of the latest run."""
DECISIONS_MARKER = "<!-- irm:decisions -->"
"""Where a page wants the decision table of the offer-before-paper rule."""
TOOLS_INDEX = "tools/index.md"
PRINT_PAGE = "print.md"
"""The generated print view: every procedure on one page."""
READINGS_PAGE = render.READINGS_PAGE
"""The generated page of the readings register (where the memorandum is silent)."""
READINGS_TITLE = "Readings where the memo is silent"
"""The readings page's entry in the navigation, after the decision table."""
READINGS_BOOST = SCENARIOS_BOOST
"""The search's weight of the readings page: the paragraphs it quotes rank first on their own pages."""


def _manual_order(feature: FeatureSpec) -> ParagraphId:
    """Features in the manual's order: by the first paragraph their scenarios prove."""
    return min(paragraph for spec in feature.scenarios for paragraph in spec.paragraphs)


NAV_GROUP_ABOVE = 40
"""Above this many feature files, the "Scenarios" navigation groups them by IRM, so that each page
(which carries the open part of the navigation) stays small as the manual grows."""


def _scenarios_nav(features: Sequence[FeatureSpec]) -> list[Any]:
    """The "Scenarios" navigation: one entry per feature in the manual's order, grouped by IRM when many."""
    ordered = sorted(features, key=_manual_order)
    if len(ordered) <= NAV_GROUP_ABOVE:
        return [{feature.name: feature.page} for feature in ordered]
    groups: dict[str, list[Any]] = {}
    for feature in ordered:
        groups.setdefault(_manual_order(feature).program, []).append({feature.name: feature.page})
    return [{program: entries} for program, entries in groups.items()]


def implemented_by(paragraphs: Iterable[ParagraphId]) -> dict[ParagraphId, tuple[str, ...]]:
    """The full names of the model's decisions that implement each paragraph (none for another manual's).

    A rule registers when its module is imported, so every module of ``irm_model`` is imported
    first: the answer does not depend on which modules the site happened to import.
    """
    for module in pkgutil.walk_packages(irm_model.__path__, "irm_model."):
        importlib.import_module(module.name)
    return {paragraph: tuple(rule.name for rule in implementing(paragraph)) for paragraph in paragraphs}


class IrmConfig(Config):  # type: ignore[no-untyped-call]
    """Options of the ``irm`` plugin in mkdocs.yml."""

    features_dir = c.Type(str, default="features")
    """The folder of ``*.feature`` files, relative to mkdocs.yml."""
    results = c.Type(str, default="build/results.json")
    """The results file written by ``pytest --irm-results``, relative to mkdocs.yml."""
    rerun_on_serve = c.Type(bool, default=True)
    """Under ``mkdocs serve``, re-run the scenarios of each feature file changed since the last run."""
    scenarios_module = c.Type(str, default="tests/test_scenarios.py")
    """The test module that binds the features to pytest-bdd, relative to mkdocs.yml."""
    paragraphs = c.Choice(("memo", "pages"), default="memo")
    """Which paragraphs the site must prove: ``memo``, the 38 entries the memorandum changes (each
    must be on its page); ``pages``, every paragraph the pages show (another manual, such as the
    synthetic ones ``make bench`` builds)."""


class IrmPlugin(BasePlugin[IrmConfig]):  # type: ignore[no-untyped-call]
    """Shows every paragraph with the scenarios that prove it and publishes ``traceability.json``."""

    serving = False
    root = Path()
    features: tuple[FeatureSpec, ...] = ()
    results: Results | None = None
    scenario_views: dict[str, ScenarioView] = {}  # noqa: RUF012 (replaced per build in on_files)
    abbreviations = render.abbreviations(GLOSSARY)
    """The glossary as ``abbr`` definitions, appended to every page; the same for every build."""

    @property
    def _known(self) -> tuple[ParagraphId, ...] | None:
        """The paragraphs known before the pages are read: the memorandum's, or any (``paragraphs: pages``)."""
        return MEMO_PARAGRAPHS if self.config.paragraphs == "memo" else None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember whether we are serving: only then are changed features re-run on save."""
        self.serving = command == "serve"

    def _rerun_changed(self) -> None:
        """Re-run the scenarios of each feature whose text differs from the one the results hold."""
        recorded = {} if self.results is None else {r.feature: r.feature_sha256 for r in self.results.scenarios}
        changed = [f.path for f in self.features if recorded.get(f.path) != f.sha256]
        if not changed or self.results is None:
            return
        started = time.perf_counter()
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", self.config.scenarios_module]
        command += [f"--irm-results={self.config.results}", *(f"--irm-feature={path}" for path in changed)]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1):  # 1: some scenarios failed, which the pages will show
            detail = (done.stderr.strip() or done.stdout.strip()).splitlines()[-5:]
            log.warning(f"re-running the scenarios of {', '.join(changed)} failed: " + " / ".join(detail))
            return
        summary = (done.stdout.strip().splitlines() or ["no output"])[-1]
        log.info(f"re-ran the scenarios of {', '.join(changed)} in {time.perf_counter() - started:.2f} s: {summary}")
        self.results = read_results(self.root / self.config.results, self.config.results)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Reset the per-build state and read the features and results once."""
        self.root = Path(config.config_file_path).parent
        self.features = ()
        self.results = None
        self.pages: dict[str, PageSource] = {}
        self.views: dict[ParagraphId, ParagraphView] = {}
        self.urls: dict[ParagraphId, str] = {}
        self.memo: MemoMeta | None = None
        self.catalogue: tuple[ParagraphId, ...] = ()
        self.naming = Naming()
        self.implemented_by: dict[ParagraphId, tuple[str, ...]] = {}
        self.force_words: dict[ParagraphId, tuple[str, ...]] = {}
        self.readings: dict[ParagraphId, tuple[dict[str, Any], ...]] = {}
        self.readings_url = READINGS_PAGE

        features_dir = self.root / self.config.features_dir
        if not features_dir.is_dir():
            raise PluginError(
                f"mkdocs.yml: plugins.irm.features_dir: there is no folder {self.config.features_dir}/; "
                "set features_dir to the folder of the .feature files"
            )
        try:
            self.features = load_features(features_dir, self.root, self._known)
        except SourceErrors as errors:
            raise PluginError(f"the feature files have mistakes:\n{errors}") from None
        try:
            self.results = read_results(self.root / self.config.results, self.config.results)
            if self.serving and self.config.rerun_on_serve:
                self._rerun_changed()
        except SourceError as error:
            log.warning(str(error))
        if isinstance(config.nav, list) and not any(isinstance(i, dict) and "Scenarios" in i for i in config.nav):
            # The generated pages join the nav here, before "Traceability".
            titles = [next(iter(item)) if isinstance(item, dict) else None for item in config.nav]
            where = titles.index("Traceability") if "Traceability" in titles else len(config.nav)
            tools = [{"Digital tools": [TOOLS_INDEX, *(generated.tool_path(key) for key in TOOLS)]}]
            config.nav[where:where] = [
                *(tools if self.config.paragraphs == "memo" else []),
                {"Scenarios": _scenarios_nav(self.features)},
            ]
            if self.config.paragraphs == "memo":  # the memorandum's register; another manual has none
                titles = [next(iter(item)) if isinstance(item, dict) else None for item in config.nav]
                after = titles.index("Decision table") + 1 if "Decision table" in titles else where
                config.nav.insert(after, {READINGS_TITLE: READINGS_PAGE})
            config.nav.append({"Print view": PRINT_PAGE})
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Read every page's paragraph blocks and metadata; add one generated page per feature."""
        errors: list[SourceError] = []
        where: dict[ParagraphId, str] = {}
        bodies: dict[ParagraphId, str] = {}
        for file in files.documentation_pages():
            try:
                source = parse_page(file.src_uri, file.content_string, self._known)
            except SourceErrors as found:
                errors.extend(found.errors)
                continue
            self.pages[file.src_uri] = source
            if isinstance(source.meta, MemoMeta):
                self.memo = source.meta
            for block in source.blocks:
                if block.paragraph in where:
                    errors.append(
                        SourceError(
                            f"docs/{file.src_uri}",
                            block.start,
                            f"{block.paragraph} is already on docs/{where[block.paragraph]}",
                            "keep each paragraph on one page",
                        )
                    )
                where[block.paragraph] = file.src_uri
                bodies[block.paragraph] = block.body
        self.catalogue = MEMO_PARAGRAPHS if self.config.paragraphs == "memo" else tuple(sorted(where))
        if self.config.paragraphs == "pages":
            errors += [
                SourceError(
                    spec.feature,
                    spec.line,
                    f"the scenario '{spec.name}' proves {paragraph}, which no page shows",
                    f"tag it with a paragraph shown on a page, or add a block '/// paragraph | {paragraph}'",
                )
                for feature in self.features
                for spec in feature.scenarios
                for paragraph in spec.paragraphs
                if paragraph not in where
            ]
        for paragraph in self.catalogue:
            if paragraph not in where:
                errors.append(
                    SourceError(
                        f"docs/{paragraph.doc_path}",
                        None,
                        f"{paragraph} is not on its page",
                        f"add a block '/// paragraph | {paragraph}' with the memorandum's text",
                    )
                )
        if errors:
            listed = "\n".join(str(error) for error in errors)
            raise PluginError(f"the pages or the feature files have mistakes:\n{listed}")

        titles = {}
        for paragraph in self.catalogue:
            meta = self.pages[where[paragraph]].meta
            titles[paragraph] = meta.title if isinstance(meta, SectionMeta) else "Procedural Changes"
        views = join([(p, titles[p]) for p in self.catalogue], self.features, self.results)
        self.views = {view.paragraph: view for view in views}
        self.naming = naming(bodies)
        self.implemented_by = implemented_by(self.catalogue)  # imports every module: every catalogue is known
        forces = (spec.forces for catalogue in catalogues() for spec in catalogue.specs)
        words = render.force_words(forces, {p: plain_text(bodies[p]) for p in self.catalogue if p in bodies})
        self.force_words = {p: words[p] for p in self.catalogue if p in words}
        if self.config.paragraphs == "memo":
            self.readings = {p: tuple(r.as_data() for r in readings_touching(p)) for p in self.catalogue}
        self.scenario_views = {scenario.spec.key: scenario for view in views for scenario in view.scenarios}

        for feature in self.features:
            files.append(File.generated(config, feature.page, content=f"# {feature.name}\n"))
        if self.config.paragraphs == "memo":  # the memorandum's tools and readings; another manual has its own
            for key, tool in TOOLS.items():
                page = generated.tool_path(key)
                files.append(File.generated(config, page, content=generated.tool_page(tool, self.features, page)))
            files.append(
                File.generated(config, TOOLS_INDEX, content=generated.tool_index(TOOLS_INDEX, self.naming.named_in))
            )
            resting: dict[str, list[str]] = {}
            for catalogue in catalogues():
                for spec in catalogue.specs:
                    for reading in spec.readings:
                        resting.setdefault(reading, []).append(spec.code)
            content = register.readings_page([r.as_data() for r in READINGS], READINGS_PAGE, self.catalogue, resting)
            files.append(File.generated(config, READINGS_PAGE, content=content))
        files.append(File.generated(config, PRINT_PAGE, content=self._print_view(files)))
        return files

    def _print_view(self, files: Files) -> str:
        """Every procedure on one page: the memo, then each section, headings one level down."""
        parts = [
            "# All procedures, on one page",
            "",
            "The memorandum and every IRM section it changes, for reading on paper. Each paragraph shows "
            "whether its scenarios passed in the latest run.",
            "",
        ]
        order = dict.fromkeys(paragraph.doc_path for paragraph in self.catalogue)
        for path in order:
            file = files.get_file_from_path(path)
            if file is None:
                continue
            text = strip_front_matter(file.content_string)
            parts += [re.sub(r"^(#+) ", r"#\1 ", text, flags=re.MULTILINE).strip(), ""]
        return "\n".join(parts)

    def _link(self, page: Page, files: Files) -> render.Link:
        def link(target: str) -> str:
            path, _, anchor = target.partition("#")
            file = files.get_file_from_path(path)
            if file is None:
                raise PluginError(f"internal link to {target} from {page.file.src_uri}: no such page")
            url = get_relative_url(file.url, page.url)
            return f"{url}#{anchor}" if anchor else url

        return link

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Replace each paragraph block with its heading, text and proof; explain abbreviations."""
        link = self._link(page, files)
        feature = next((f for f in self.features if f.page == page.file.src_uri), None)
        source = self.pages.get(page.file.src_uri)
        if source is not None and isinstance(source.meta, SectionMeta):
            page.meta["search"] = {"boost": search_boost(source.meta)}
        elif feature is not None:
            page.meta["search"] = {"boost": SCENARIOS_BOOST}
        elif page.file.src_uri == PRINT_PAGE:
            page.meta["search"] = {"exclude": True}  # the same words as the section pages, on one page
        elif page.file.src_uri == READINGS_PAGE:
            page.meta["search"] = {"boost": READINGS_BOOST}
        if feature is not None:
            markdown = render.feature_page(feature, [self.scenario_views[s.key] for s in feature.scenarios], link)
        elif page.file.src_uri in self.pages or page.file.src_uri == PRINT_PAGE:
            markdown = self._blocks(markdown, link, page.file.src_uri)
        if DECISIONS_MARKER in markdown:
            markdown = markdown.replace(
                DECISIONS_MARKER,
                generated.decision_table(
                    lambda p: render.relative(p.link, page.file.src_uri),
                    reading=lambda key: render.relative(render.reading_target(key), page.file.src_uri),
                ),
            )
        if MATRIX_MARKER in markdown:
            markdown = markdown.replace(
                MATRIX_MARKER, render.matrix(list(self.views.values()), link, self.naming.tools)
            )
        if GLOSSARY_MARKER in markdown:
            markdown = markdown.replace(GLOSSARY_MARKER, render.glossary(GLOSSARY))
        if RUN_MARKER in markdown:
            markdown = markdown.replace(RUN_MARKER, render.run_summary(self.results, list(self.views.values())))
        return f"{markdown}\n\n{self.abbreviations}\n"

    def _blocks(self, markdown: str, link: render.Link, page: str) -> str:
        out: list[str] = []
        body: list[str] | None = None
        current: ParagraphId | None = None
        for line in markdown.splitlines():
            if body is None and (match := OPEN_RE.match(line)):
                current = ParagraphId.parse(match["id"])
                body = []
            elif body is not None and CLOSE_RE.match(line) and current is not None:
                text = render.cross_references("\n".join(body), self.views.keys(), page)
                named = [
                    (TOOLS[tool].name, render.relative(generated.tool_path(tool), page), str(strength))
                    for tool, strength in tools_named_in(current).items()
                ]
                decided = render.decided_by(self.implemented_by.get(current, ()), page)
                force = render.force_line(self.force_words.get(current, ()))
                readings = render.readings_line(self.readings.get(current, ()), page)
                proof = page != PRINT_PAGE
                out.append(
                    render.paragraph_block(
                        self.views[current],
                        text,
                        link,
                        named,
                        decided=decided,
                        force=force,
                        readings=readings,
                        proof=proof,
                    )
                )
                body = None
            elif body is not None:
                body.append(line)
            else:
                out.append(line)
        return "\n".join(out)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Note the final address of each paragraph shown on the page, and of the readings page."""
        if page.file.src_uri == READINGS_PAGE:
            self.readings_url = page.url
        for paragraph in self.views:
            if paragraph.doc_path == page.file.src_uri and re.search(f'id="{re.escape(paragraph.anchor)}"', html):
                self.urls[paragraph] = f"{page.url}#{paragraph.anchor}"
        return html

    @event_priority(-50)  # after other plugins wrote their files, so ours is the last word on the gate
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Write ``traceability.json`` and apply the coverage gate (warnings: strict builds fail).

        Under ``mkdocs serve`` the gate only informs, so that a save that breaks a scenario shows
        the failure on the served pages instead of aborting the rebuild.
        """
        memo: dict[str, Any] = {} if self.memo is None else self.memo.model_dump(mode="json")
        entries = [
            {**reading.as_data(), "url": f"{self.readings_url}#{reading.key}"}
            for reading in (READINGS if self.config.paragraphs == "memo" else ())
        ]
        data = traceability(
            self.views.values(),
            memo,
            self.results,
            self.urls,
            self.implemented_by,
            force_words=self.force_words,
            readings={p: [r["key"] for r in readings] for p, readings in self.readings.items()},
            register=entries,
        )
        target = Path(config.site_dir) / "traceability.json"
        target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        for problem in gate(self.views.values()):
            if self.serving:  # the pages show the failure; a strict abort would keep showing the old site
                log.info(f"not proved (make site would stop here): {problem}")
            else:
                log.warning(problem)

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild when the features or the results change."""
        server.watch(str(self.root / self.config.features_dir))
        results = self.root / self.config.results
        server.watch(str(results.parent if results.parent.is_dir() else results))
        return server
