"""How the commands write reasons: each cited paragraph with the word of force it uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from irm_model.reasons import Reason

__all__ = ["cites", "reason_data"]


def cites(reasons: Iterable[Reason]) -> str:
    """``IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required to offer"``: once each, in order."""
    seen = dict.fromkeys(
        f'{reason.paragraph} "{reason.force}"' if reason.force else str(reason.paragraph) for reason in reasons
    )
    return "; ".join(seen)


def reason_data(reason: Reason) -> dict[str, Any]:
    """A reason for ``--json``: its code, the paragraph it cites, that paragraph's word of force, its sentence."""
    return {"code": reason.code, "paragraph": str(reason.paragraph), "force": reason.force, "text": reason.text}
