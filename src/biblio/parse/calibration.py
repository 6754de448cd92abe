"""How often each field of a reading is right: confidence per field, learnt from real lines.

A reading's `confidence` ranks it by the form it was read in (author-date,
`Title by Author`, a bare title…) so the extractor can set a bar; it does not
say how likely the *title* or the *year* of that reading is.  Those chances are
counted on the real-world corpus's training part: every field of every record
the extractor yields there is checked against the gold work it pairs with
(`parse.gold`), and the counts are kept per field and per tenth of the
reading's confidence.  (Cells per reader too, the form or the labeller, fitted
the training part closely and predicted other sources worse:
`benchmarks/calibration_cv.py` compares them by cross-validation.)

A band with few readings borrows `PRIOR` pseudo-counts from its field's rate,
the amount chosen by the same cross-validation.  `benchmarks/parse_accuracy.py`
prints how well the figures match what happens on the held-out part.  Refit
with the labeller, whose readings are counted too:

    python -m biblio.parse.training      # writes the labeller, then this table
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from ..model import Record
from .gold import agree, align_works, gold_values, record_values
from .parsed import Parsed

TABLE_FILE = "field_confidence.json"
# CSL variable → the corpus gold key it is checked against.
FIELDS = {"title": "title", "author": "author", "editor": "editor", "translator": "translator",
          "issued": "year", "publisher": "publisher", "publisher-place": "place",
          "ISBN": "isbn", "DOI": "doi"}
PRIOR = 4.0  # pseudo-counts a band takes from its field's rate (benchmarks/calibration_cv.py)

Counts = dict[str, dict[str, list[int]]]  # CSL field → cell key → [right, total]


def _band(confidence: float) -> str:
    """The reading's confidence to a tenth: "0.7" holds 0.70–0.79."""
    return f"{min(round(confidence * 100) // 10, 9) / 10:.1f}"


class Table:
    """Right/total counts per field and per confidence band."""

    def __init__(self, counts: Counts, prior: float = PRIOR) -> None:
        self.counts = counts
        # Every cell's smoothed rate, worked out once: each parse asks for a few.
        self._rates: dict[tuple[str, str], float] = {}
        # Readings share few shapes (confidence, fields given): each is worked out once.
        self._answers: dict[tuple[float, tuple[str, ...]], dict[str, float]] = {}
        for csl_field, cells in counts.items():
            if "" not in cells:
                continue
            right, total = cells[""]
            field_rate = (right + 1) / (total + 2)
            self._rates[csl_field, ""] = field_rate
            for band, (right, total) in cells.items():
                if band:
                    self._rates[csl_field, band] = (right + prior * field_rate) / (total + prior)

    def chance(self, csl_field: str, band: str) -> float | None:
        """The smoothed share of right values in the band, else the field's; None for a
        field never seen."""
        return self._rates.get((csl_field, band)) or self._rates.get((csl_field, ""))

    def fields(self, parsed: Parsed) -> dict[str, float]:
        """The chance that each field the reading gives is right."""
        key = (parsed.confidence, _given(parsed.record))
        known = self._answers.get(key)
        if known is None:
            band = _band(parsed.confidence)
            known = self._answers[key] = {
                csl_field: round(rate, 3) for csl_field in key[1]
                if (rate := self.chance(csl_field, band)) is not None}
        return dict(known)

    def to_json(self) -> str:
        """One cell per line, sorted, so a refit's diff shows what moved."""
        fields = []
        for csl_field, cells in sorted(self.counts.items()):
            rows = ",\n".join(f"   {json.dumps(key)}: {json.dumps(n)}"
                               for key, n in sorted(cells.items()))
            fields.append(f"  {json.dumps(csl_field)}: {{\n{rows}\n  }}")
        return '{\n "fields": {\n' + ",\n".join(fields) + "\n }\n}\n"


def _given(record: Record) -> tuple[str, ...]:
    """The CSL fields of `record` that are counted (plain tests: every parse asks)."""
    given = []
    if record.title:
        given.append("title")
    if record.author:
        given.append("author")
    if record.editor:
        given.append("editor")
    if record.translator:
        given.append("translator")
    if record.year is not None:
        given.append("issued")
    if record.publisher:
        given.append("publisher")
    if record.publisher_place:
        given.append("publisher-place")
    if record.isbn:
        given.append("ISBN")
    if record.doi:
        given.append("DOI")
    return tuple(given)


def calibrate(parsed: Parsed) -> None:
    """Set `parsed.field_confidence` from the shipped table (left as it is without one)."""
    table = shipped_table()
    if table is not None and parsed.is_citation:
        parsed.field_confidence = table.fields(parsed)


@functools.lru_cache(maxsize=1)
def shipped_table() -> Table | None:
    ref = resources.files("biblio") / "data" / TABLE_FILE
    if not ref.is_file():
        return None
    return Table(json.loads(ref.read_text("utf-8"))["fields"])


Reading = tuple[list[Parsed], list[dict[str, object]]]  # a line's readings, its gold works


def judged(readings: Iterable[Reading]) -> Iterator[tuple[Parsed, str, bool]]:
    """(reading, CSL field, whether it is right) for every field of every reading.

    A reading that pairs with no gold work (a line that names none, or another
    work) has every field wrong.
    """
    for parsed_list, gold_works in readings:
        gold = [gold_values(w) for w in gold_works]
        got = [record_values(p.record) for p in parsed_list]
        paired = {id(values): work for work, values in align_works(gold, got)}
        for parsed, values in zip(parsed_list, got, strict=True):
            work = paired.get(id(values))
            for csl_field, key in FIELDS.items():
                if key in values:
                    yield parsed, csl_field, work is not None and key in work and agree(
                        key, work[key], values[key])


def count(readings: Iterable[Reading]) -> Table:
    """Right and total per field, and per field and band."""
    tally: dict[str, Counter[str]] = {}
    right: dict[str, Counter[str]] = {}
    for parsed, csl_field, ok in judged(readings):
        for cell in ("", _band(parsed.confidence)):
            tally.setdefault(csl_field, Counter())[cell] += 1
            right.setdefault(csl_field, Counter())[cell] += ok
    return Table({f: {cell: [right[f][cell], n] for cell, n in cells.items()}
                  for f, cells in tally.items()})


def corpus_readings(corpus: Path, documents: Iterable[Path]) -> Iterator[Reading]:
    """Each line's readings with its gold works, read the way `biblio.extract` reads them."""
    from ..extract import iter_extract
    from .training import FORMATS, gold_lines

    for document in documents:
        gold = gold_lines(corpus, document)
        text = document.read_text(encoding="utf-8")
        for outcome in iter_extract(text, FORMATS[document.suffix],  # type: ignore[arg-type]
                                    source=document.name):
            if outcome.citations:
                entry = gold.get(outcome.line)
                yield outcome.citations, (entry or {}).get("citations", [])
