"""Build the site: read the sources, generate the Markdown tree, render it with MkDocs or Zensical.

``python -m irm_site build`` (what ``make site`` runs) prints how long each stage took. The
generated tree and the renderers' configuration go to ``build/site-src/``; files whose content did
not change are not rewritten, so a renderer watching the tree rebuilds only what a save touched.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from irm_site.config import read_config, site_config
from irm_site.errors import SourceError, SourceErrors
from irm_site.generate import Catalogue, Generated, generate, read_sources, write_tree

__all__ = [
    "ENGINES",
    "Engine",
    "Project",
    "Stages",
    "build",
    "generate_tree",
    "mkdocs_problems",
    "render",
    "zensical_problems",
]

Engine = Literal["mkdocs", "zensical"]
ENGINES: tuple[Engine, ...] = ("mkdocs", "zensical")


@dataclass(frozen=True)
class Project:
    """Where a project keeps its sources and where the build puts what it makes."""

    root: Path
    docs: str = "docs"
    features: str = "features"
    results: str = "build/results.json"
    config: str = "mkdocs.yml"
    out: str = "build/site-src"
    """The generated tree (``docs/``) and the renderers' configuration files."""
    catalogue: Catalogue = "memo"

    def site(self, engine: Engine) -> Path:
        """Where ``engine`` writes the built site: ``site/`` for MkDocs; for Zensical, which writes only
        within the folder of its configuration, ``zensical-site/`` beside it."""
        return self.root / "site" if engine == "mkdocs" else self.root / self.out / "zensical-site"

    def config_file(self, engine: Engine) -> Path:
        """The configuration ``engine`` builds with, in the generated folder."""
        return self.root / self.out / f"{engine}.yml"


@dataclass
class Stages:
    """How long each stage of a build took, printed as one line."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def __str__(self) -> str:
        return " · ".join(f"{name} {seconds:.2f} s" for name, seconds in self.seconds.items())


def generate_tree(
    project: Project, stages: Stages | None = None, *, first: Sequence[str] = (), pause: float = 0.0
) -> tuple[Generated, list[str]]:
    """Read the sources, generate the tree and write it (and both renderers' configuration) under ``out``.

    Returns what was generated and the paths written (only files whose content changed); the
    paths in ``first`` (under the generated ``docs/``) are written ``pause`` seconds before the others.

    Raises:
        SourceErrors: a page, a feature file or the configuration has mistakes.
    """
    stages = stages or Stages()
    root = project.root
    with stages.stage("read"):
        try:
            source_config = read_config(root / project.config, project.config)
        except SourceError as error:
            raise SourceErrors([error]) from None
        sources = read_sources(
            root, docs=project.docs, features=project.features, results=project.results, catalogue=project.catalogue
        )
    with stages.stage("generate"):
        generated = generate(sources)
    with stages.stage("write"):
        out = root / project.out
        written = write_tree(generated.files, out / "docs", first=first, pause=pause)
        for engine in ENGINES:
            config = site_config(
                source_config, root, out, out / "docs", project.site(engine), generated.nav, generated.not_in_nav
            )
            text = yaml.safe_dump(config, sort_keys=False, allow_unicode=True)
            target = project.config_file(engine)
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
                written.append(target.name)
    return generated, written


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_DIAGNOSTIC = re.compile(r"^(?P<level>Warning|Error): (?P<problem>.+)$")
_LOCATION = re.compile(r"\[ (?P<path>[^\]]+?):(?P<line>\d+):(?P<column>\d+) \]")
_PANIC = re.compile(r"^thread '.*' \(\d+\) panicked at ")


def zensical_problems(output: str, generated: str = "build/site-src/docs", source: str = "docs") -> list[str]:
    """Zensical's output as one line per problem, naming the page's source, without the Python traceback.

    Zensical 0.0.73 draws each problem as a box (colours, the offending line, an arrow) naming the
    page of the generated tree, and ends a strict build that found problems with a Python traceback
    (``RuntimeError: Aborted because --strict flag is set``); a crash of its engine is a Rust panic.
    Each problem becomes ``docs/x.md (generated: build/site-src/docs/x.md:33:15): page does not
    exist: 'nowhere.md' (warning from Zensical). Fix it in docs/x.md.``; the traceback is dropped,
    and the abort or the crash is said in one line.
    """
    lines: list[str] = []
    pending: tuple[str, str] | None = None
    located: tuple[str, int, int] | None = None
    panicked = False

    def emit(text: str | None) -> None:
        nonlocal pending, located
        if pending is None or located is None:
            return
        (level, problem), (path, line, column) = pending, located
        what = f": {text!r}" if text else ""
        lines.append(
            f"{source}/{path} (generated: {generated}/{path}:{line}:{column}): {problem}{what} "
            f"({level.lower()} from Zensical). Fix it in {source}/{path}."
        )
        pending = located = None

    for raw in _ANSI.sub("", output).splitlines():
        line = raw.rstrip()
        if pending is not None and located is None and (found := _LOCATION.search(line)):
            located = (found["path"], int(found["line"]), int(found["column"]))
        elif located is not None and (shown := re.match(rf"^\s*{located[1]} │ (.*)$", line)):
            span = re.match(r"[^\s)\]]+", shown[1][located[2] - 1 :])
            emit(span[0] if span else None)
        elif located is not None and "╯" in line:
            emit(None)
        elif match := _DIAGNOSTIC.match(line.strip()):
            emit(None)
            pending = (match["level"], match["problem"])
        elif _PANIC.match(line):
            panicked = True
        elif panicked and line and not line.startswith(("stack backtrace", "note:", " ", "Traceback", "pyo3")):
            lines.append(f"Zensical crashed: {line}")
            panicked = False
        elif line.endswith(("issue found", "issues found", "No issues found")) or line.startswith("Build "):
            lines.append(line)  # "Build started", "Build finished in 6.24s", "1 issue found"
        elif "Aborted because --strict flag is set" in line:
            lines.append("Zensical stopped: with --strict, the problems above are errors.")
        elif line.startswith(("Error: ", "error: ")):
            lines.append(f"Zensical: {line.split(': ', 1)[1]}")
    emit(None)
    return lines


_MKDOCS_PAGE = re.compile(r"Doc file '(?P<path>[^']+\.md)'")


def mkdocs_problems(output: str, generated: str = "build/site-src/docs", source: str = "docs") -> list[str]:
    """MkDocs' warnings and errors, each page it names given with its source: ``Doc file 'docs/x.md' (generated: ...)``.

    Its progress lines (``INFO - ...``) are left out. (``mkdocs build -q`` would leave them out too,
    but then a strict build no longer counts the warnings it hides: measured with MkDocs 1.6.1.)
    """

    def name(match: re.Match[str]) -> str:
        return f"Doc file '{source}/{match['path']}' (generated: {generated}/{match['path']})"

    return [
        _MKDOCS_PAGE.sub(name, line) for line in output.splitlines() if line.strip() and not line.startswith("INFO")
    ]


def render(project: Project, engine: Engine, *, strict: bool = True, echo: Callable[[str], None] = print) -> int:
    """Build the generated tree with ``engine``; its output is passed on (Zensical's without a traceback).

    Returns the renderer's exit status.
    """
    config = str(project.config_file(engine))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if engine == "mkdocs":
        command = [sys.executable, "-m", "mkdocs", "build", "-f", config, *(["--strict"] if strict else [])]
    else:
        command = [sys.executable, "-m", "zensical", "build", "-f", config, *(["--strict"] if strict else [])]
    done = subprocess.run(command, cwd=project.root, capture_output=True, text=True, env=env, check=False)
    output = (done.stdout + done.stderr).strip()
    generated, source = f"{project.out}/docs", project.docs
    if engine == "zensical":
        lines = zensical_problems(output, generated, source)
    else:
        lines = mkdocs_problems(output, generated, source)
    for line in lines:
        echo(line)
    return done.returncode


def build(
    project: Project, engines: Sequence[Engine], *, strict: bool = True, echo: Callable[[str], None] = print
) -> int:
    """Generate, apply the coverage gate, render with each engine; print each stage's time. Returns the exit status."""
    stages = Stages()
    try:
        generated, written = generate_tree(project, stages)
    except SourceErrors as errors:
        echo(f"the pages, the feature files, the sign-off ledger or the configuration have mistakes:\n{errors}")
        return 2
    echo(f"generated {len(generated.files)} files into {project.out}/docs ({len(written)} changed)")
    status = 0
    for warning in generated.warnings:
        echo(f"warning: {warning}")
    for problem in generated.problems:
        echo(f"not proved: {problem}")
    if (generated.problems or generated.warnings) and strict:
        echo(f"{len(generated.problems)} paragraph(s) not proved: the build stops here ({stages})")
        return 1
    generated.files.clear()  # written: the renderer reads them from disk, and a large manual's tree is large
    for engine in engines:
        with stages.stage(engine):
            code = render(project, engine, strict=strict, echo=echo)
        if code != 0:
            echo(f"{engine} build failed (exit {code})")
            status = status or code
    echo(f"stages: {stages}")
    return status
