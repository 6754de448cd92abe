"""The result of parsing one free-text line: a record plus the evidence for it.

`spans` say which characters of the input went to which CSL field, so a UI can
highlight them and a reviewer can see at a glance what the parser believed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Record


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of the parsed line went to CSL variable `field`."""

    field: str  # CSL variable name: "author", "title", "issued", "publisher", "ISBN", ...
    start: int
    end: int

    def __init__(self, field: str, start: int, end: int) -> None:
        # Filled in place: a frozen dataclass's own `__init__` sets each field through
        # `object.__setattr__`, twice as slow, and every parse makes several spans.
        state = self.__dict__
        state["field"], state["start"], state["end"] = field, start, end


@dataclass
class Parsed:
    """One parsed line.

    `is_citation` is False, with a `reason` a user can read, when the line does
    not look like a citation at all (prose, a credit, a heading); `record` is
    then empty and `confidence` 0.0.  `confidence` (0–1) tells callers such as
    `biblio.extract` how much to trust a positive answer, and ranks readings of
    different forms; `field_confidence` is the chance that each field it gives
    is right, as counted on real reading lists (`parse.calibration`).
    `method` says what read the line: the ``rules``, the ``labeller`` where the
    rules found no structure, or ``inline`` for a work named in a sentence.
    """

    text: str
    record: Record
    confidence: float = 0.0
    spans: list[Span] = field(default_factory=list)
    is_citation: bool = True
    reason: str | None = None
    method: str = "rules"
    field_confidence: dict[str, float] = field(default_factory=dict)
    form: str = ""  # the rules' form that read it: "author-date", "by", "comma"…

    def span_text(self, csl_field: str) -> list[str]:
        """The pieces of `text` that went to `csl_field`, in line order."""
        return [self.text[s.start:s.end] for s in self.spans if s.field == csl_field]

    def copy(self) -> Parsed:
        """A copy whose record, spans and field confidences can be changed freely.

        Built from the instance dictionary, quicker than `__init__` and several times
        quicker than `dataclasses.replace`: every parse hands one out.
        """
        clone = object.__new__(Parsed)
        state = self.__dict__.copy()
        state["record"], state["spans"] = self.record.copy(), list(self.spans)
        state["field_confidence"] = dict(self.field_confidence)
        clone.__dict__ = state
        return clone
