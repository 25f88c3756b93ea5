"""Rules registered by paragraph: from a paragraph id to the decisions that implement it, in one step.

Every public decision of the model is a [`Rule`][irm_model.rules.Rule]: the function that decides,
the paragraphs of the memorandum it implements, and where the day it is asked about comes from.
Registering it does two things:

* **The date check, once for all.** Before deciding, a rule asks
  [`guidance_status`][irm_model.memo.guidance_status] about that day. Before 26 January 2026 and
  from the Expiration Date on, it answers with ``applies`` false, no outcome and the reason
  ``guidance_not_yet_effective`` or ``guidance_expired``; no decision can forget to.
* **The paragraph → code link.** [`implementing`][irm_model.rules.implementing] gives the rules
  that implement a paragraph; the site names them under the paragraph and ``traceability.json``
  carries them as ``implemented_by``.

A table rather than a decorator: mutmut (``make mutation``) does not mutate decorated functions,
so a decorator would hide every rule from mutation testing. Each module writes its deciding
function privately (``_next_step``) and registers it under its public name::

    next_step: Rule[[Contact], NextStep] = Rule(_next_step, implements=(...), day="contact.on")
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Generic, ParamSpec, TypeVar

from irm_model.errors import IrmError
from irm_model.memo import guidance_status
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.reasons import Decision

__all__ = ["Rule", "RuleError", "implementing", "registered"]

P = ParamSpec("P")
T = TypeVar("T")

_REGISTERED: list[Rule[Any, Any]] = []


class RuleError(IrmError):
    """A rule registered wrongly: ``rule_paragraph_unknown``, ``rule_day_unknown`` or ``rule_registered_twice``."""


class Rule(Generic[P, T]):
    """A public decision: the function that decides, the paragraphs it implements, and its day.

    Calling the rule calls the function, unless the interim guidance does not govern the day.
    """

    def __init__(self, decide: Callable[P, Decision[T]], *, implements: Iterable[str | ParagraphId], day: str) -> None:
        """Register ``decide`` as the rule of the paragraphs it ``implements``.

        Args:
            decide: The function that decides, named with a leading underscore.
            implements: The paragraphs it implements; each must be one the memorandum changes.
            day: Where the day asked about comes from: a parameter (``"on"``, ``"requested_on"``)
                or an attribute of one (``"contact.on"``). A ``datetime`` counts by its date.

        Raises:
            RuleError: a paragraph the memorandum does not change, a ``day`` that names no
                parameter, or a second rule of the same name.
        """
        self.decide = decide
        """The function that decides."""
        self.name = f"{decide.__module__}.{decide.__name__.lstrip('_')}"
        """The public name: ``irm_model.contact.next_step``."""
        self.implements = tuple(
            sorted(dict.fromkeys(p if isinstance(p, ParagraphId) else ParagraphId.parse(p) for p in implements))
        )
        """The paragraphs it implements, in manual order."""
        self.day = day
        """Where the day asked about comes from."""
        self.__doc__ = decide.__doc__
        self._signature = inspect.signature(decide)
        self._path = day.split(".")
        unknown = [p for p in self.implements if p not in MEMO_PARAGRAPHS]
        if unknown or not self.implements:
            raise RuleError(
                "rule_paragraph_unknown",
                f"{self.name} implements {', '.join(map(str, unknown)) or 'no paragraph'}: register it against "
                "paragraphs the memorandum changes (irm_model.paragraphs.MEMO_PARAGRAPHS)",
            )
        if self._path[0] not in self._signature.parameters:
            raise RuleError(
                "rule_day_unknown",
                f"{self.name} has no parameter {self._path[0]!r} to take the day from; name the parameter (or "
                "parameter.attribute) that holds the day the decision is asked about",
            )
        if any(rule.name == self.name for rule in _REGISTERED):
            raise RuleError("rule_registered_twice", f"{self.name} is registered twice; register each rule once")
        _REGISTERED.append(self)

    def day_of(self, *args: P.args, **kwargs: P.kwargs) -> date:
        """The day the decision is asked about, read from its arguments."""
        value: Any = self._signature.bind(*args, **kwargs).arguments[self._path[0]]
        for attribute in self._path[1:]:
            value = getattr(value, attribute)
        return value.date() if isinstance(value, datetime) else value

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Decision[T]:
        status = guidance_status(self.day_of(*args, **kwargs))
        if not status.applies:
            return Decision(outcome=None, reasons=status.reasons, applies=False, rule=self.name)
        return self.decide(*args, **kwargs).model_copy(update={"rule": self.name})

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


def registered() -> tuple[Rule[Any, Any], ...]:
    """Every registered rule, in the order the modules were imported."""
    return tuple(_REGISTERED)


def implementing(paragraph: ParagraphId) -> tuple[Rule[Any, Any], ...]:
    """The rules that implement ``paragraph``, in the order registered."""
    return tuple(rule for rule in _REGISTERED if paragraph in rule.implements)
