"""A griffe extension: the API reference shows each registered rule as the function it is.

The model registers every public decision as ``next_step = Rule(_next_step, implements=..., day=...)``
(see [irm_model.rules][]), so statically ``next_step`` is an attribute. This extension shows it as
a function instead: the private function's parameters and return type, the attribute's docstring,
and a line naming the paragraphs the rule implements and where its day comes from. The site's
"Decided by" links point at these entries. mkdocstrings loads it under both MkDocs and Zensical
(``extensions: [irm_site.griffe_rules]`` in mkdocs.yml).
"""

from __future__ import annotations

import ast
import importlib
from typing import Any

import griffe

__all__ = ["RegisteredRules"]


def _decider(value: object) -> str | None:
    """The name of the function a ``Rule(...)`` value registers, or ``None`` if the value is not one."""
    try:
        call = ast.parse(str(value), mode="eval").body
    except SyntaxError:
        return None
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Rule" and call.args:
        first = call.args[0]
        return first.id if isinstance(first, ast.Name) else None
    return None


def _registration(module: str, name: str) -> str:
    """What the rule implements and where its day comes from, read from the registered rule itself."""
    try:
        rule = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return ""
    paragraphs = ", ".join(str(paragraph) for paragraph in rule.implements)
    return f"\n\nRegistered rule: implements {paragraphs}; the day asked about is ``{rule.day}``."


class RegisteredRules(griffe.Extension):
    """Replace each ``name = Rule(_name, ...)`` attribute by a function with ``_name``'s signature."""

    def on_module_members(self, *, mod: griffe.Module, **kwargs: Any) -> None:
        for name, member in list(mod.members.items()):
            if member.is_alias or not isinstance(member, griffe.Attribute):
                continue
            decider = _decider(member.value)
            function = mod.members.get(decider) if decider else None
            if not isinstance(function, griffe.Function):
                continue
            text = (member.docstring.value if member.docstring else "") + _registration(mod.path, name)
            rule = griffe.Function(
                name,
                lineno=member.lineno,
                endlineno=member.endlineno,
                parameters=function.parameters,
                returns=function.returns,
            )
            lineno = member.docstring.lineno if member.docstring else member.lineno
            rule.docstring = griffe.Docstring(text.strip(), lineno=lineno, parent=rule)
            mod.set_member(name, rule)
