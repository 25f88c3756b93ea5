"""The site's command line, ``python -m irm_site``: what ``make site``, ``make serve`` and ``make scenarios`` run.

* ``build``: generate the Markdown tree from the sources, apply the coverage gate, render it with
  MkDocs (``--engine mkdocs``, the default), Zensical (``--engine zensical``) or both; each stage's
  time is printed.
* ``scenarios``: run the scenarios with the results recorder, unless nothing they depend on changed
  since the results were written (see [irm_site.inputs][]).
* ``serve``: build, serve on ``--addr``, and on each save of a feature file or a page re-run what it
  touched and regenerate (see [irm_site.serve][]).

Exit status: 0 built (or served); 1 a paragraph is not proved or a renderer failed; 2 a source or
the command line has a mistake (one line each, naming file and line).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from irm_site.build import ENGINES, Project, build

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    """The command line's grammar (``python -m irm_site --help``)."""
    main = argparse.ArgumentParser(prog="python -m irm_site", description=__doc__.splitlines()[0] if __doc__ else "")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def project_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--root", default=".", help="the project's folder (default: the current folder)")
        command.add_argument("--results", default="build/results.json", help="the scenarios' results file")
        command.add_argument(
            "--catalogue",
            choices=("memo", "pages"),
            default="memo",
            help="the paragraphs to prove: the memorandum's 38 entries (memo), or every paragraph the pages "
            "show (pages: another manual, such as the synthetic ones of make bench)",
        )

    site = commands.add_parser("build", help="generate the pages and build the site")
    project_options(site)
    site.add_argument(
        "--engine",
        action="append",
        choices=ENGINES,
        help="the renderer (repeat for both; default: mkdocs)",
    )
    site.add_argument("--generate-only", action="store_true", help="write the generated tree, render nothing")
    site.add_argument("--lenient", action="store_true", help="report paragraphs not proved, but build anyway")

    scenarios = commands.add_parser("scenarios", help="run the scenarios unless nothing they depend on changed")
    scenarios.add_argument("--root", default=".", help="the project's folder (default: the current folder)")
    scenarios.add_argument("--results", default="build/results.json", help="the results file to write")
    scenarios.add_argument("--force", action="store_true", help="run them even if nothing changed")
    scenarios.add_argument("pytest_args", nargs="*", help="more arguments for pytest (after --)")

    serve = commands.add_parser("serve", help="build, serve and rebuild on save")
    project_options(serve)
    serve.add_argument("--engine", choices=ENGINES, default="zensical", help="the renderer (default: zensical)")
    serve.add_argument("--addr", default="127.0.0.1:8000", help="where to serve (default: 127.0.0.1:8000)")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = parser().parse_args(argv)
    root = Path(arguments.root)
    if not root.is_dir():
        print(f"{arguments.root}: there is no such folder; pass the project's folder with --root", file=sys.stderr)
        return 2
    if arguments.command == "scenarios":
        from irm_site import inputs

        return inputs.run_scenarios(root, arguments.results, force=arguments.force, extra=arguments.pytest_args)
    project = Project(root=root, results=arguments.results, catalogue=arguments.catalogue)
    if arguments.command == "serve":
        from irm_site import serve

        return serve.serve(project, arguments.engine, arguments.addr)
    engines = () if arguments.generate_only else tuple(arguments.engine or ("mkdocs",))
    return build(project, engines, strict=not arguments.lenient)
