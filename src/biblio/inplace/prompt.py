"""Asking the user about an ambiguous match, one entry at a time (`--interactive`)."""

from __future__ import annotations

from collections.abc import Callable

from .. import isbn
from ..lookup.providers.base import Candidate
from ..lookup.result import Enrichment, ScoredCandidate
from .document import EditableEntry


class TerminalChooser:
    """A `Chooser` that shows the candidates and reads the answer.

    Answers: Enter or ``a`` takes the best match, a number takes that
    candidate, ``s`` skips the entry, and an ISBN is looked up instead.
    """

    def __init__(self, ask: Callable[[str], str] = input,
                 say: Callable[[str], None] = print) -> None:
        self._ask = ask
        self._say = say

    def __call__(self, entry: EditableEntry, enrichment: Enrichment) -> Candidate | str | None:
        options = [s for s in [enrichment.chosen, *enrichment.runners_up] if s is not None]
        record = entry.record
        self._say(f"\n{entry.label} (line {entry.line}): {record.full_title or '(no title)'}"
                  f"{', ' + str(record.year) if record.year else ''}")
        self._say(f"  {enrichment.reason or 'several catalogue records match'}:")
        for number, option in enumerate(options, start=1):
            self._say(f"  {number}) {_describe(option)}")
        while True:
            answer = self._ask("  [a]ccept 1, [s]kip, a number, or an ISBN: ").strip()
            if answer.lower() in ("", "a", "accept") and options:
                return options[0].candidate
            if answer.lower() in ("s", "skip"):
                return None
            if answer.isdigit() and 1 <= int(answer) <= len(options):
                return options[int(answer) - 1].candidate
            valid = isbn.first(answer)
            if valid is not None:
                return valid
            self._say(f"  {answer!r} is neither a choice nor a valid ISBN")


def _describe(option: ScoredCandidate) -> str:
    rec = option.candidate.record
    names = ", ".join(n.display() for n in rec.author[:2])
    parts = [rec.full_title or "(no title)", names, rec.publisher or "",
             str(rec.year or ""), isbn.hyphenate(rec.isbn) or ""]
    text = " — ".join(p for p in parts if p)
    return f"{text}  [{option.candidate.provider} {option.candidate.key}, {option.score:.2f}]"
