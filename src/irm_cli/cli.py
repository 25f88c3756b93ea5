"""The ``irm`` command line: ``irm check``, ``irm signoff``, ``irm review``, ``irm next`` and ``irm schema``.

Every mistake a user can make (a missing file, a record that cannot be read, a wrong option) is
one line naming the file and what to do, never a traceback. Exit status 2 is a usage or file
error; each command says what 0 and 1 mean.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

__all__ = ["main", "parser"]

_EPILOG = """\
exit status: 0 all good; 1 the check or the review found what the guidance does not allow
(a paragraph not proved or, with --approved, not signed off; a violation); 2 a file, a record, the
sign-off ledger or the command line cannot be read.
Contact records are JSON Lines (.jsonl) or YAML (.yaml, .yml): see the site's "Contact records" page.
"""


def parser() -> argparse.ArgumentParser:
    """The command line's grammar (``irm --help``)."""
    main = argparse.ArgumentParser(
        prog="irm",
        description="Digital tools first (SBSE-05-0126-0020): check the proof, review contact records, "
        "say what to offer next.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="the coverage gate without building the site: one line per paragraph not proved (exit 1 if any)",
        description="Apply the site build's coverage gate to a results file: one line per paragraph of the "
        "memorandum not proved by a passing scenario, in the build's own words. Exit 1 when any is not.",
    )
    check.add_argument(
        "results", nargs="?", default="build/results.json", help="the results file (default: build/results.json)"
    )
    check.add_argument("--root", default=".", help="the project's folder (default: the current folder)")
    check.add_argument("--features", default="features", help="the feature files' folder under the root")
    check.add_argument(
        "--approved",
        action="store_true",
        help="also fail, naming each, on paragraphs whose scenarios or readings changed since their sign-off in "
        "signoff.jsonl (showing the Gherkin lines added and removed) or were never signed off",
    )

    approve = commands.add_parser(
        "signoff",
        help="record that policy staff approved a paragraph's scenarios or a reading; --status lists every state",
        description="Record in the sign-off ledger (signoff.jsonl, at the project's root) that policy staff "
        "approved what a paragraph's scenarios say as they are now (their Gherkin text and the readings touching "
        "it, by content hash), or a reading of the register (--reading). --status lists every paragraph and "
        "reading as signed off, changed since sign-off or never reviewed. Exit 2 when the paragraph, the reading, "
        "an option, the features or the ledger cannot be read.",
    )
    approve.add_argument("paragraph", nargs="?", metavar="PARAGRAPH", help="the paragraph: 'IRM 5.19.8.4.7.4(1)'")
    approve.add_argument("--reading", metavar="KEY", help="confirm this reading of the register instead")
    approve.add_argument("--status", action="store_true", help="list every paragraph's and reading's state")
    approve.add_argument("--by", metavar='"NAME, ROLE"', help="who signs off: name and role, as they give them")
    approve.add_argument("--note", default="", help="a note kept with the sign-off")
    approve.add_argument("--root", default=".", help="the project's folder (default: the current folder)")
    approve.add_argument("--features", default="features", help="the feature files' folder under the root")

    review = commands.add_parser(
        "review",
        help="review completed contacts as an IRM 1.4.20.20 work reviewer (exit 1 on a violation)",
        description="Review each contact record: whether it meets the guidance, each finding as a violation "
        "(a 'must') or a deviation (a 'should') with the paragraphs it cites, and a summary. Exit 1 when any "
        "record has a violation, else 2 when a record or file cannot be read, else 0.",
    )
    review.add_argument("files", nargs="+", metavar="FILE", help="contact records: .jsonl, .yaml or .yml")
    review.add_argument("--json", action="store_true", help="write one JSON document instead of the report")

    after = commands.add_parser(
        "next",
        help="for a contact in progress: the next step, its words of force and paragraphs, what to document",
        description="Read the one contact record in FILE (the events so far) and say what to do next, with the "
        "words of force and the paragraphs it follows, and what to document.",
    )
    after.add_argument("file", metavar="FILE", help="one contact record: .jsonl, .yaml or .yml")
    after.add_argument("--json", action="store_true", help="write the answer as JSON")

    commands.add_parser(
        "schema",
        help="print the JSON Schema of a contact record",
        description="Print the JSON Schema (draft 2020-12) of a contact record, generated from the model.",
    )
    return main


def _dispatch(arguments: argparse.Namespace) -> int:
    if arguments.command == "check":
        from irm_cli import check

        return check.run(
            arguments.results, root=arguments.root, features=arguments.features, approved=arguments.approved
        )
    if arguments.command == "signoff":
        from irm_cli import signoff

        return signoff.run(
            arguments.paragraph,
            reading=arguments.reading,
            status=arguments.status,
            by=arguments.by,
            note=arguments.note,
            root=arguments.root,
            features=arguments.features,
        )
    if arguments.command == "review":
        from irm_cli import review

        return review.run(arguments.files, as_json=arguments.json)
    if arguments.command == "next":
        from irm_cli import next_step

        return next_step.run(arguments.file, as_json=arguments.json)
    from irm_model.records import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=1, ensure_ascii=False) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``irm`` with ``argv`` (default: the command line); the exit status."""
    arguments = parser().parse_args(argv)
    try:
        return _dispatch(arguments)
    except KeyboardInterrupt:
        sys.stderr.write("irm: interrupted\n")
        return 130
    except BrokenPipeError:  # `irm review ... | head`: the reader stopped reading; say no more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # as a shell reports a command stopped by SIGPIPE
