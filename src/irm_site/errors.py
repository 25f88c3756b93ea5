"""Mistakes a person can make in a feature, a page, the results file or the configuration.

Each one is reported as ``file:line: what is wrong. What to do.``: never a bare traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["SourceError", "SourceErrors"]


class SourceError(Exception):
    """One mistake in a file a person edits, with where it is and what to do about it."""

    def __init__(self, path: str, line: int | None, problem: str, fix: str) -> None:
        self.path = path
        """The file, relative to the project root where possible."""
        self.line = line
        """The 1-based line of the mistake, when there is one."""
        self.problem = problem
        """What is wrong, in one sentence."""
        self.fix = fix
        """What to do about it, in one sentence."""
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``features/x.feature:12`` (or just the file when there is no line)."""
        return self.path if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        fix = self.fix[:1].upper() + self.fix[1:]
        return f"{self.where}: {self.problem.rstrip('.')}. {fix.rstrip('.')}."


class SourceErrors(Exception):  # noqa: N818 (a collection of SourceError, not a kind of error)
    """Several mistakes found in one pass, reported together, one per line."""

    def __init__(self, errors: Iterable[SourceError]) -> None:
        self.errors = tuple(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)
