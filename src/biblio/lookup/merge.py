"""What a look-up proposes for a record, and the one merge that writes it.

A look-up does not edit the record it was asked about: it returns a
`Proposal`, variable → value with its source, and `merge` decides under a
`Policy` what is written.  Citations read from show notes (`convert`,
`batch`, the Python API) take every proposed value they lack, plus the
look-up's own corrections: a later edition's year, with the cited year kept
as the original date, a line re-read with the catalogue's help, an ISBN
written canonically.  A bibliography file edited in place (`enrich`) takes
only the fields asked for, reports values that disagree instead of changing
them, replaces only what the user said to overwrite, and takes nothing of an
edition whose ISBN, publisher or year contradicts the entry.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from .. import isbn
from ..model import Date, FieldSource, Name, Record

# "fill": the catalogue's value, for a record that lacks it (or, in a file,
# to compare with the entry's).  "replace": the look-up's decision to change
# the cited value (a later edition's year, a misread line's title).
Action = Literal["fill", "replace"]

# Values that say which edition an entry cites: one that disagrees means the
# edition found is another one.
IDENTIFYING: tuple[str, ...] = ("ISBN", "publisher", "issued")
# Facts about the work rather than the edition, true whichever edition was found.
WORK_LEVEL = frozenset({"original-date"})

# Words that say nothing about which publisher it is.
_PUBLISHER_WORDS = frozenset({"the", "and", "books", "press", "publishers", "publishing", "pub",
                              "inc", "ltd", "co", "company", "verlag", "editions", "éditions"})


@dataclass(slots=True)
class Proposed:
    """One proposed value; `follows` names the variable whose replacement it goes with."""

    value: Any
    source: FieldSource
    action: Action = "fill"
    follows: str | None = None


@dataclass
class Proposal:
    """A look-up's proposal, in the order reports list the variables."""

    values: dict[str, Proposed] = field(default_factory=dict)
    # The citation's own values rewritten before it was looked up: an ISBN
    # spelled canonically or dropped as invalid, a misread line's editors.
    cleaned: dict[str, Any] = field(default_factory=dict)
    found_by: str | None = None  # "lookup": the line was read with the catalogue's help

    def propose(self, var: str, value: Any, source: FieldSource, action: Action = "fill",
                follows: str | None = None) -> None:
        self.values[var] = Proposed(value, source, action, follows)


@dataclass(frozen=True)
class Policy:
    """How a proposal is merged into a record."""

    fields: Collection[str] | None = None  # variables that may be written; None: all
    overwrite: Collection[str] = ()  # variables whose disagreeing value is replaced
    corrections: bool = True  # make the look-up's replacements and clean-ups
    # Compare existing values: disagreements are reported, and an identifying
    # one keeps the edition's other facts out.  Else values are only filled.
    compare: bool = False
    compared: Collection[str] | None = None  # the variables compared; None: `fields`


# Citations from show notes: fill what they lack, take the look-up's corrections.
CITING = Policy()


def in_place(fields: Collection[str], compared: Collection[str],
             overwrite: Collection[str] = ()) -> Policy:
    """An entry of a bibliography file: `fields` filled, `compared` checked."""
    return Policy(fields=fields, overwrite=overwrite, corrections=False, compare=True,
                  compared=compared)


@dataclass(slots=True)
class Change:
    var: str
    value: Any  # the value written (or, for a conflict, the value found)
    source: FieldSource
    before: Any = None  # the record's value it replaced (or disagreed with)


@dataclass
class Merged:
    record: Record
    written: list[Change] = field(default_factory=list)
    conflicts: list[Change] = field(default_factory=list)
    # The identifying variables that disagreed, when that kept values out.
    withheld: list[str] = field(default_factory=list)

    @property
    def filled(self) -> dict[str, FieldSource]:
        """The sources of the values filled or replaced."""
        return {c.var: c.source for c in self.written}


def merge(record: Record, proposal: Proposal, policy: Policy = CITING) -> Merged:
    """A copy of `record` with the proposal written as `policy` says, and what was done."""
    out = record.copy()
    merged = Merged(out)
    if policy.corrections:
        for var, value in proposal.cleaned.items():
            out.set(var, _own(value))
    values = proposal.values
    states: dict[str, str] = {}
    for var, proposed in values.items():
        if proposed.follows is None:
            states[var] = _state(var, out.get(var), proposed, policy)
    clashes = [v for v in IDENTIFYING if states.get(v) == "conflict"]
    order = values if policy.fields is None else [
        *clashes, *(v for v in policy.fields if v in states)]
    held = False
    for var in dict.fromkeys(order):
        if var not in states:
            continue  # written with the variable it follows
        proposed, state = values[var], states[var]
        existing = out.get(var)
        if state == "conflict":
            merged.conflicts.append(Change(var, proposed.value, proposed.source, existing))
            continue
        if state not in ("fill", "replace") or (
                policy.fields is not None and var not in policy.fields):
            continue
        if clashes and var not in WORK_LEVEL:
            held = True
            continue
        _write(out, merged, var, proposed, existing if state == "replace" else None)
        if state == "replace":
            _followers(out, merged, var, values, policy)
    if held:
        merged.withheld = clashes
    if proposal.found_by and policy.corrections and out.origin is not None:
        out.origin = replace(out.origin, found_by=proposal.found_by)
    return merged


def _followers(out: Record, merged: Merged, replaced: str, values: Mapping[str, Proposed],
               policy: Policy) -> None:
    """The values that go with `replaced`'s replacement (the cited year kept aside)."""
    for var, proposed in values.items():
        if proposed.follows != replaced or (policy.fields is not None and var not in policy.fields):
            continue
        existing = out.get(var)
        state = _state(var, existing, proposed, policy)
        if state == "conflict":
            merged.conflicts.append(Change(var, proposed.value, proposed.source, existing))
        elif state in ("fill", "replace"):
            _write(out, merged, var, proposed, existing if state == "replace" else None)


def _state(var: str, existing: Any, proposed: Proposed, policy: Policy) -> str:
    if proposed.action == "replace" and policy.corrections:
        return "replace" if existing != proposed.value else "agree"
    if is_empty(existing):
        return "fill" if proposed.value is not None else "skip"
    return _compared(var, existing, proposed, policy)


def _compared(var: str, existing: Any, proposed: Proposed, policy: Policy) -> str:
    compared = policy.fields if policy.compared is None else policy.compared
    if not policy.compare or (compared is not None and var not in compared):
        return "keep"
    if agree(var, existing, proposed.value):
        return "agree"
    return "replace" if var in policy.overwrite else "conflict"


def _write(out: Record, merged: Merged, var: str, proposed: Proposed, before: Any) -> None:
    out.set(var, _own(proposed.value))
    merged.written.append(Change(var, proposed.value, proposed.source, before))
    out.sources[var] = proposed.source


def _own(value: Any) -> Any:
    """A copy of a proposed value that the proposal's other records cannot see change.

    Names and dates are the usual mutable values; `copy.deepcopy` on every
    value of every citation was a tenth of a warm run.
    """
    if isinstance(value, list):
        return [_own(v) for v in value]
    if isinstance(value, Name):
        return value.copy()
    if isinstance(value, Date):
        return replace(value, parts=[list(p) for p in value.parts])
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return copy.deepcopy(value)


# ---------------------------------------------------------------- agreement


def is_empty(value: Any) -> bool:
    """No value, or a placeholder for one ("????", as in Nelson Beebe's bibliographies)."""
    if value is None:
        return True
    if isinstance(value, Date):
        return not value.parts and not (value.literal or "").strip("? ")
    if isinstance(value, list):
        return not value
    return not str(value).strip("? \t\n")


def display(value: Any) -> str:
    """A value as the user reads it in a report."""
    if isinstance(value, Date):
        return value.iso()
    return str(value)


def normalise(var: str, value: Any) -> Any:
    """A found value as biblio writes it (ISBNs hyphenated, ISBN-13 then ISBN-10)."""
    if var == "ISBN":
        valid = isbn.first(display(value))
        return isbn.display(valid) if valid else value
    return value


def agree(var: str, existing: Any, found: Any) -> bool:
    """Whether an existing value already says what the lookup found.

    Agreement is by meaning, not spelling: an ISBN-10 agrees with its ISBN-13,
    "2nd" with "2", "Penguin Books" with "penguin books", 1954 with 1954-03.
    """
    if var == "ISBN":
        have = set(isbn.find_isbns(display(existing)))
        got = set(isbn.find_isbns(display(found)))
        return bool(have & got) if have and got else _text_key(existing) == _text_key(found)
    if isinstance(existing, Date) or isinstance(found, Date):
        return _year(existing) is not None and _year(existing) == _year(found)
    if var == "edition":
        return _number(existing) == _number(found)
    if var == "publisher-place":  # "Durham and London" agrees with "Durham, NC"
        have, got = _words(display(existing).split(",")[0]), _words(display(found).split(",")[0])
        return bool(have and got) and (have <= got or got <= have)
    if var == "publisher":  # "Cary Graphic Arts Press" agrees with "RIT Cary Graphic Arts Press"
        have, got = _words(existing) - _PUBLISHER_WORDS, _words(found) - _PUBLISHER_WORDS
        return bool(have and got) and (have <= got or got <= have)
    if var == "number-of-pages":  # "xxi + 286" agrees with 286
        return bool(set(re.findall(r"\d+", display(found))) & set(re.findall(r"\d+",
                                                                          display(existing))))
    return _text_key(existing) == _text_key(found)


def _words(value: Any) -> set[str]:
    return set(_text_key(value).split())


def _text_key(value: Any) -> str:
    text = unicodedata.normalize("NFKD", display(value)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def _number(value: Any) -> str:
    digits = re.match(r"\s*(\d+)", display(value))
    return digits.group(1) if digits else _text_key(value)


def _year(value: Any) -> int | None:
    if isinstance(value, Date):
        return value.year
    found = re.search(r"-?\d{3,4}", display(value))
    return int(found.group()) if found else None
