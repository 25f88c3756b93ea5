"""The mutation score of ``make mutation``: how many of mutmut's mutants the tests kill.

Reads the output of ``mutmut results --all true`` (one ``    <mutant>: <status>`` line per
mutant) from the file given, or from standard input, and prints::

    mutation score: 1234/1300 killed (94.9%)

then every mutant not killed, with its status. Exits 1 below the threshold (90% unless
``--threshold`` says otherwise), 2 if the input holds no mutant at all.

What counts as killed is what mutmut 3 itself classes as detected: ``killed`` and ``caught by
type check``, and ``timeout``, which mutmut's own score (``mutmut badge``) counts with the kills
(a mutant that makes a test run forever has been noticed). Every other status counts against
the score: ``survived``, ``no tests`` (no test even runs the mutated function), ``suspicious``,
``segfault``, ``not checked`` and ``check was interrupted by user``. ``skipped`` mutants are
left out of the total, as mutmut's own score leaves them out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

KILLED = frozenset({"killed", "caught by type check", "timeout"})
"""The statuses that mean a test noticed the mutant."""

SKIPPED = frozenset({"skipped"})
"""The statuses left out of the total."""

_LINE = re.compile(r"^\s*(?P<name>\S+): (?P<status>[a-z][a-z ]*[a-z])\s*$")


def parse(text: str) -> dict[str, str]:
    """Every mutant named in ``mutmut results`` output, with its status."""
    results: dict[str, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if match:
            results[match["name"]] = match["status"]
    return results


def score(results: dict[str, str]) -> tuple[int, int]:
    """The mutants killed and the mutants counted (every mutant but the skipped ones)."""
    counted = [status for status in results.values() if status not in SKIPPED]
    return sum(status in KILLED for status in counted), len(counted)


def report(results: dict[str, str]) -> str:
    """The score line, the count of each status, and every mutant not killed."""
    killed, total = score(results)
    percent = 100 * killed / total if total else 0.0
    counts = Counter(results.values())
    lines = [
        f"mutation score: {killed}/{total} killed ({percent:.1f}%)",
        "by status: " + ", ".join(f"{status} {count}" for status, count in sorted(counts.items())),
    ]
    survivors = sorted((name, status) for name, status in results.items() if status not in KILLED | SKIPPED)
    if survivors:
        lines.append(f"not killed ({len(survivors)}):")
        lines += [f"    {name}: {status}" for name, status in survivors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("results", nargs="?", type=Path, help="output of `mutmut results --all true` (default: stdin)")
    parser.add_argument("--threshold", type=float, default=90.0, help="lowest acceptable score, in percent")
    args = parser.parse_args(argv)
    text = args.results.read_text(encoding="utf-8") if args.results else sys.stdin.read()
    results = parse(text)
    if not results:
        print("mutation score: no mutant in the input; run `mutmut run` first", file=sys.stderr)
        return 2
    print(report(results))
    killed, total = score(results)
    if 100 * killed / total < args.threshold:
        print(f"mutation score below {args.threshold:g}%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
