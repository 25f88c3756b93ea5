"""``irm signoff``: record that policy staff approved what a paragraph's scenarios (or a reading) say.

* ``irm signoff 'IRM 5.19.8.4.7.4(1)' --by "NAME, ROLE" [--note TEXT]`` appends to the sign-off
  ledger (``signoff.jsonl``) the paragraph's scenarios as they are now (their normalized Gherkin
  text and its hash) and the readings touching it, with who, when (UTC) and the commit;
* ``irm signoff --reading KEY --by "NAME, ROLE"`` confirms one reading of the register the same way;
* ``irm signoff --status`` lists every paragraph and reading as ``signed off``, ``changed since
  sign-off`` or ``never reviewed``, then the counts.

The ledger's format, its normalization and the states are [irm_site.signoff][]'s; ``irm check
--approved`` gates on them ([`approval_lines`][irm_cli.signoff.approval_lines]).

Exit status: 0 recorded (or listed); 2 the paragraph, the reading or an option is wrong, or the
features or the ledger cannot be read (one line each, naming the file and line, and what to do).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId, ParagraphIdError
from irm_model.readings import READINGS, Reading, readings_touching
from irm_site import signoff
from irm_site.errors import SourceErrors
from irm_site.features import FeatureSpec, load_features

__all__ = ["approval_lines", "read_features", "read_project", "read_signoffs", "run"]

_BY = 'give who signs off as --by "NAME, ROLE" (for example --by "A. Analyst, SB/SE Collection Policy")'


def read_features(root: Path, features: str, err: TextIO, command: str) -> tuple[FeatureSpec, ...] | None:
    """The feature files of the project at ``root``; ``None`` after saying why not."""
    folder = root / features
    if not folder.is_dir():
        err.write(
            f"irm {command}: {folder}: there is no folder of feature files; run irm {command} from the project's "
            "folder, or give --root (and --features)\n"
        )
        return None
    try:
        return load_features(folder, root, MEMO_PARAGRAPHS)
    except SourceErrors as errors:
        err.write(f"irm {command}: the feature files have mistakes:\n{errors}\n")
        return None


def read_signoffs(root: Path, err: TextIO, command: str) -> signoff.Ledger | None:
    """The sign-off ledger of the project at ``root`` (empty if there is none yet); ``None`` after saying why not."""
    try:
        return signoff.read_ledger(
            root / signoff.LEDGER_FILE,
            signoff.LEDGER_FILE,
            paragraphs=MEMO_PARAGRAPHS,
            readings={reading.key for reading in READINGS},
        )
    except SourceErrors as errors:
        err.write(f"irm {command}: the sign-off ledger has mistakes:\n{errors}\n")
        return None


def read_project(
    root: Path, features: str, err: TextIO, command: str
) -> tuple[tuple[FeatureSpec, ...], signoff.Ledger] | None:
    """The feature files and the sign-off ledger of the project at ``root``; ``None`` after saying why not."""
    specs = read_features(root, features, err, command)
    ledger = None if specs is None else read_signoffs(root, err, command)
    return None if specs is None or ledger is None else (specs, ledger)


def _who(review: signoff.Review) -> str:
    entry = review.signoff
    if entry is None:
        return ""
    return f" by {entry.by} on {entry.at:%Y-%m-%d} ({signoff.LEDGER_FILE}:{review.line})"


def _counts(reviews: Iterable[signoff.Review]) -> str:
    counted = dict.fromkeys(signoff.REVIEW_STATES, 0)
    for review in reviews:
        counted[review.state] += 1
    return ", ".join(f"{n} {state}" for state, n in counted.items())


def approval_lines(reviews: Mapping[ParagraphId, signoff.Review]) -> list[str]:
    """For ``irm check --approved``: each paragraph not signed off as it stands, with what changed since.

    A paragraph changed since its sign-off is followed by the Gherkin lines removed (``-``) and
    added (``+``), each run under the heading of its scenario, and the readings that changed.
    """
    lines: list[str] = []
    for paragraph, review in reviews.items():
        if review.state == "never reviewed":
            lines.append(f"{paragraph} was never signed off by policy staff")
        elif review.state == "changed since sign-off":
            lines.append(f"{paragraph} changed since its sign-off{_who(review)}:")
            lines += [f"  {line.sign} {line.text}" for line in review.diff]
            lines += [f"  reading {key} changed since the sign-off" for key in review.readings_changed]
    return lines


def _status(features: Sequence[FeatureSpec], ledger: signoff.Ledger, out: TextIO) -> int:
    paragraphs = signoff.reviews(MEMO_PARAGRAPHS, features, ledger, readings_touching)
    for paragraph, review in paragraphs.items():
        detail = ""
        if review.state == "changed since sign-off":
            parts = [f"{len(review.added)} Gherkin line(s) added, {len(review.removed)} removed"]
            parts += [f"reading {key} changed" for key in review.readings_changed]
            detail = f": {'; '.join(parts)}"
        out.write(f"{paragraph}: {review.state}{_who(review)}{detail}\n")
    readings = {reading.key: signoff.review_reading(reading, ledger) for reading in READINGS}
    for key, review in readings.items():
        out.write(f"reading {key}: {review.state}{_who(review)}\n")
    out.write(f"{len(paragraphs)} paragraphs: {_counts(paragraphs.values())}\n")
    out.write(f"{len(readings)} readings: {_counts(readings.values())}\n")
    return 0


def _by(text: str | None) -> str | None:
    """``--by`` as typed, when it names someone and a role ("NAME, ROLE")."""
    if text is None:
        return None
    name, comma, role = text.partition(",")
    return text.strip() if comma and name.strip() and role.strip() else None


def _record(root: Path, entry: signoff.ParagraphSignoff | signoff.ReadingSignoff, what: str, out: TextIO) -> int:
    line = signoff.append(root / signoff.LEDGER_FILE, entry)
    out.write(
        f"signed off {what} by {entry.by} at {entry.at:%Y-%m-%d %H:%M} UTC (commit {entry.commit}): "
        f"{signoff.LEDGER_FILE} line {line}. Commit {signoff.LEDGER_FILE} with the change it approves.\n"
    )
    return 0


def _reading(key: str) -> Reading[Any] | None:
    return next((reading for reading in READINGS if reading.key == key), None)


def run(
    paragraph: str | None,
    *,
    reading: str | None = None,
    status: bool = False,
    by: str | None = None,
    note: str = "",
    root: str = ".",
    features: str = "features",
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Record a sign-off of a paragraph or a reading, or list every state; the exit status (0, or 2)."""
    if sum(1 for given in (paragraph, reading, status) if given) != 1:
        err.write(
            "irm signoff: give one of a paragraph (irm signoff 'IRM 5.19.8.4.7.4(1)' --by \"NAME, ROLE\"), "
            '--reading KEY --by "NAME, ROLE", or --status\n'
        )
        return 2
    signer = _by(by)
    if not status and signer is None:
        err.write(f"irm signoff: {_BY}\n")
        return 2
    base = Path(root)
    read = read_project(base, features, err, "signoff")
    if read is None:
        return 2
    specs, ledger = read
    if status or signer is None:  # without --status, --by was checked above
        return _status(specs, ledger, out)
    commit = signoff.head_commit(base)
    if reading is not None:
        found = _reading(reading)
        if found is None:
            err.write(
                f"irm signoff: there is no reading {reading!r} in the register; give the key shown under its entry "
                "on the readings page (irm signoff --status lists them)\n"
            )
            return 2
        confirmed = signoff.reading_signoff(found, by=signer, note=note, commit=commit)
        return _record(base, confirmed, f"the reading {found.key}", out)
    try:
        named = ParagraphId.parse(str(paragraph))
    except ParagraphIdError as error:
        err.write(f"irm signoff: {error}\n")
        return 2
    if named not in MEMO_PARAGRAPHS:
        err.write(
            f"irm signoff: {named} is not a paragraph the memorandum changes; give one of the paragraphs "
            "irm signoff --status lists\n"
        )
        return 2
    now = signoff.snapshot(named, specs, readings_touching(named))
    if not now.scenarios.text:
        err.write(
            f"irm signoff: {named} has no scenario (none is tagged @{named.tag}); write its scenarios first, "
            "then review and sign them off\n"
        )
        return 2
    entry = signoff.paragraph_signoff(now, by=signer, note=note, commit=commit)
    scenarios = sum(1 for line in now.scenarios.text if not line.startswith(" "))
    return _record(base, entry, f"{named} ({scenarios} scenario(s), {len(now.readings)} reading(s))", out)
