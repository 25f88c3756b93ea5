"""Why a decision came out the way it did, and the one shape every decision returns.

* A [`Reason`][irm_model.reasons.Reason] is one step of a justification: a stable code, the
  paragraph it follows, the sentence a person reads and (when the paragraph has one) the text's
  own word of force.
* A [`Catalogue`][irm_model.reasons.Catalogue] is the vocabulary of one module's reasons: each
  code is written once, with the paragraph that says it and one sentence. Reasons are only ever
  made from a catalogue entry ([`ReasonSpec`][irm_model.reasons.ReasonSpec]), so a code cannot
  carry two different sentences.
* A [`Decision`][irm_model.reasons.Decision] is what every public decision of the model returns:
  its outcome, its reasons (with their ``codes`` and ``cites``), whether the interim guidance
  governs the day asked about, and the registered rule that decided (see [irm_model.rules][]).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId

if TYPE_CHECKING:
    from irm_model.readings import Reading

__all__ = ["Catalogue", "Decision", "Reason", "ReasonSpec", "catalogues", "reason_about", "reason_spec"]


class Reason(BaseModel):
    """One step of a decision's justification, citing the guidance it comes from."""

    model_config = ConfigDict(frozen=True)

    code: str
    """A stable, machine-readable name for the reason (``digital_not_yet_offered``)."""
    paragraph: ParagraphId
    """The paragraph the reason follows, for example ``IRM 5.19.8.4(4)``."""
    text: str
    """The reason in the procedure's words, for a person to read."""
    force: str | None = None
    """The cited paragraph's own word of force for what the reason says ("must", "should", "may",
    "acceptable", "are required to"), quoted from its text; ``None`` where the reason states a fact
    rather than a duty."""
    readings: tuple[str, ...] = ()
    """The readings (keys of [`Readings`][irm_model.readings.Readings]) the reason rests on, where the
    text is silent."""

    def __str__(self) -> str:
        return f"{self.text} ({self.paragraph})"


class ReasonSpec:
    """One entry of a catalogue: a code, the paragraph that says it, and its one sentence.

    The code is the name of the catalogue attribute that holds the entry. The sentence is a
    template: ``{tools}`` is filled in by the decision that gives the reason. Calling the entry
    makes the [`Reason`][irm_model.reasons.Reason].
    """

    __slots__ = ("_code", "about", "also_in", "forces", "paragraph", "readings", "text")

    def __init__(
        self,
        paragraph: str | ParagraphId,
        text: str,
        *,
        also_in: tuple[str | ParagraphId, ...] = (),
        about: str | None = None,
        force: str | Mapping[ParagraphId, str] | Mapping[str, str] | None = None,
        readings: tuple[Reading[Any], ...] = (),
    ) -> None:
        self._code = ""
        self.paragraph = paragraph if isinstance(paragraph, ParagraphId) else ParagraphId.parse(paragraph)
        """The paragraph that says it (for a rule the IRM restates, the memorandum's Procedural Change)."""
        self.also_in = tuple(p if isinstance(p, ParagraphId) else ParagraphId.parse(p) for p in also_in)
        """Other paragraphs that say the same thing in their own words; a reason may cite one of them instead."""
        self.text = text
        """The sentence, with ``{placeholders}`` a decision fills in."""
        self.about = about
        """What the reason is about in the procedure's words, as scenarios name it ("holding back postal mail")."""
        self.forces = self._forces(force)
        """The word of force each paragraph uses for it, quoted: one word for every paragraph, or one per paragraph."""
        self.readings = tuple(reading.key for reading in readings)
        """The readings the reason rests on, by key."""

    def _forces(self, force: str | Mapping[ParagraphId, str] | Mapping[str, str] | None) -> dict[ParagraphId, str]:
        if force is None:
            return {}
        if isinstance(force, str):
            return dict.fromkeys(self.paragraphs, force)
        forces = {p if isinstance(p, ParagraphId) else ParagraphId.parse(p): word for p, word in force.items()}
        if strays := [str(p) for p in forces if p not in self.paragraphs]:
            raise ValueError(f"a force word is given for {strays}, which this reason does not cite")
        return forces

    def __set_name__(self, owner: type, name: str) -> None:
        self._code = name

    @property
    def code(self) -> str:
        """The stable code: the name of the catalogue attribute that holds this entry."""
        return self._code

    @property
    def paragraphs(self) -> tuple[ParagraphId, ...]:
        """Every paragraph a reason of this code may cite: ``paragraph`` first, then ``also_in``."""
        return (self.paragraph, *self.also_in)

    def __call__(self, at: ParagraphId | None = None, /, **fields: Any) -> Reason:
        """The reason, citing ``at`` (one of [`paragraphs`][irm_model.reasons.ReasonSpec.paragraphs]; default first).

        Raises:
            ValueError: ``at`` is not a paragraph this entry says it is stated in.
        """
        cited = self.paragraph if at is None else at
        if cited not in self.paragraphs:
            raise ValueError(f"reason {self.code!r} is not stated in {cited}; it is stated in {self.paragraphs}")
        return Reason(
            code=self.code,
            paragraph=cited,
            text=self.text.format(**fields),
            force=self.forces.get(cited),
            readings=self.readings,
        )

    def __repr__(self) -> str:
        return f"ReasonSpec({self.code!r}, {str(self.paragraph)!r})"


_CATALOGUES: list[type[Catalogue]] = []


class Catalogue:
    """The reasons of one module, each a [`ReasonSpec`][irm_model.reasons.ReasonSpec] class attribute.

    Example:
        ```python
        class Why(Catalogue):
            signed = ReasonSpec("IRM 5.19.8.4.7.4(1)", "Signed by the taxpayer ...")

        Why.signed()  # Reason(code="signed", paragraph=IRM 5.19.8.4.7.4(1), ...)
        ```
    """

    specs: ClassVar[tuple[ReasonSpec, ...]] = ()
    """The entries, in the order written."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.specs = tuple(value for value in vars(cls).values() if isinstance(value, ReasonSpec))
        _CATALOGUES.append(cls)


def catalogues() -> tuple[type[Catalogue], ...]:
    """Every catalogue of the model, in the order the modules were imported."""
    return tuple(_CATALOGUES)


def _specs() -> Iterator[ReasonSpec]:
    for catalogue in _CATALOGUES:
        yield from catalogue.specs


def reason_spec(code: str) -> ReasonSpec:
    """The catalogue entry of ``code``.

    Raises:
        KeyError: no catalogue has that code.
    """
    for spec in _specs():
        if spec.code == code:
            return spec
    raise KeyError(code)


def reason_about(words: str) -> ReasonSpec:
    """The catalogue entry a scenario names in the procedure's words ("holding back postal mail").

    Raises:
        KeyError: no entry is about that.
    """
    for spec in _specs():
        if spec.about == words:
            return spec
    raise KeyError(words)


OutcomeT = TypeVar("OutcomeT")


class Decision(BaseModel, Generic[OutcomeT]):
    """What a decision of the model returns: the outcome and why.

    When the interim guidance does not govern the day the decision is asked about, ``applies`` is
    false, the outcome is ``None`` and the one reason says why (``guidance_not_yet_effective`` or
    ``guidance_expired``).
    """

    model_config = ConfigDict(frozen=True)

    outcome: OutcomeT | None
    """The answer: a yes or no, an action, a standing, a value; ``None`` when nothing is decided."""
    reasons: tuple[Reason, ...] = ()
    """Why, each reason citing its paragraph."""
    applies: bool = True
    """Whether the interim guidance governs the day asked about."""
    rule: str | None = None
    """The registered rule that decided, ``irm_model.contact.next_step`` (see [irm_model.rules][])."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes, once each, in order."""
        return tuple(dict.fromkeys(reason.code for reason in self.reasons))

    @property
    def cites(self) -> tuple[ParagraphId, ...]:
        """The paragraphs the reasons cite, once each, in order."""
        return tuple(dict.fromkeys(reason.paragraph for reason in self.reasons))
