"""Running the real ``irm`` console script, as a user or a CI job does."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

IRM = shutil.which("irm", path=str(Path(sys.executable).parent))
"""The console script installed next to this Python (``make setup`` installs it)."""

GOOD: dict[str, Any] = {
    "format_version": 1,
    "id": "good-1",
    "program": "IRM 5.19.1.2(13)",
    "date": "2026-03-02",
    "party": "taxpayer",
    "tools_available": ["Document Upload Tool (DUT)", "EEFax"],
    "preference": "EEFax",
    "requested": {"what": "information"},
    "events": [
        {"event": "offered", "channel": "EEFax"},
        {"event": "encouraged"},
        {"event": "answered", "channel": "EEFax", "answer": "accepted"},
        {"event": "choice documented"},
    ],
}
"""A completed contact that meets the guidance."""

POSTAL_FIRST: dict[str, Any] = {
    **GOOD,
    "id": "postal-first",
    "events": [{"event": "offered", "channel": "postal mail"}],
}
"""A contact where postal mail was offered before any digital tool: violations."""


def record(base: dict[str, Any] = GOOD, **changes: Any) -> dict[str, Any]:
    """``base`` with ``changes`` (a value of ``None`` removes the field)."""
    data = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def jsonl(path: Path, *lines: dict[str, Any] | str) -> Path:
    """Write records (or raw lines, for malformed ones) as JSON Lines."""
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines), encoding="utf-8"
    )
    return path


@dataclass(frozen=True)
class Ran:
    """What a run of ``irm`` did."""

    status: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err


def irm(*args: str | Path, cwd: Path) -> Ran:
    """Run ``irm`` with ``args`` in ``cwd``; it must never print a traceback."""
    if IRM is None:
        pytest.fail(f"there is no irm console script in {Path(sys.executable).parent}: run `make setup`")
    done = subprocess.run([IRM, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return Ran(done.returncode, done.stdout, done.stderr)
