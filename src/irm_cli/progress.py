"""Progress on long runs: shown on a terminal once past a thousand records, silent when piped."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """A one-line count on ``stream``, rewritten in place, once more than ``above`` records are done.

    Nothing is written unless ``stream`` is a terminal: a log or a pipe gets no progress lines.
    """

    def __init__(self, stream: TextIO, what: str, *, above: int = 1000, every: float = 0.2) -> None:
        self.stream = stream
        self.what = what
        """What is counted, in the past tense: ``reviewed``."""
        self.above = above
        self.every = every
        self.enabled = stream.isatty()
        self.count = 0
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False

    def tick(self, where: str) -> None:
        """One more record done (``where`` names the file it is in)."""
        self.count += 1
        if not self.enabled or self.count <= self.above:
            return
        now = time.monotonic()
        if self._shown and now - self._last < self.every:
            return
        self._last, self._shown = now, True
        self.stream.write(f"\r\x1b[K{self.count:,} records {self.what} ({where})")
        self.stream.flush()

    def done(self) -> None:
        """Replace the running count with the total and the time taken (only where a count was shown)."""
        if self._shown:
            seconds = time.monotonic() - self.started
            self.stream.write(f"\r\x1b[K{self.count:,} records {self.what} in {seconds:.1f} s\n")
            self.stream.flush()
