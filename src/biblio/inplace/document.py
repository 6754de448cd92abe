"""What the enrich engine sees of a bibliography file, whatever its format.

A format editor turns a file into a `Document`: the entries it can edit, each
with a `Record` for lookup, plus the problems it found.  Editing never
re-serialises an entry: an entry answers `set(var, value)` with the `Edit`s that
add or replace that one field in the entry's own layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..model import Record
from ..problems import Problem
from .edits import Edit


class EditableEntry(Protocol):
    """One entry of a file that can take new fields."""

    @property
    def label(self) -> str:
        """How the user names this entry: citation key, CSL id, or "record 3"."""

    @property
    def line(self) -> int:
        """1-based line where the entry starts."""

    @property
    def kind(self) -> str:
        """The entry's CSL type, known without reading the whole entry."""

    @property
    def record(self) -> Record:
        """The entry as biblio reads it (the input to lookup)."""

    def field_name(self, var: str) -> str | None:
        """The field that holds CSL variable `var` here, or None if the format has none."""

    def set(self, var: str, value: Any) -> list[Edit]:
        """The edits that give `var` this value: a new field, or the existing one(s) replaced."""


@dataclass
class Document:
    """A parsed file: its text, its editable entries and what could not be read."""

    text: str
    entries: list[EditableEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def insertion_rank(order: list[str], name: str) -> int | None:
    """Position of field `name` in a format's preferred field order (case-insensitive)."""
    try:
        return order.index(name.lower())
    except ValueError:
        return None


def neighbour(order: list[str], present: list[str], new: str) -> int | None:
    """Index in `present` of the field a new field `new` should follow.

    The neighbour is the present field that comes last among those the
    preferred `order` puts before `new`; None means "after the last field".
    """
    new_rank = insertion_rank(order, new)
    if new_rank is None:
        return None
    best: tuple[int, int] | None = None
    for index, name in enumerate(present):
        rank = insertion_rank(order, name)
        if rank is not None and rank <= new_rank and (best is None or rank >= best[0]):
            best = (rank, index)
    return best[1] if best else None
