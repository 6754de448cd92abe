"""Scoring biblio's extraction on the real-world corpus (``tests/data/realworld``).

Each document there is a real public page, feed or reading list rebuilt with
its citations as written and its other lines in our words; its gold file has
one line of JSON per non-blank line: the line's kind (``citation``,
``inline`` or ``none``) and the works it names.  The documents are split by
site into a training part and a held-out part (``splits.json``): a site is
wholly in one part, and the held-out part is never tuned on.

Scores compare what `biblio.iter_extract` yields for each line with that
line's gold works, aligning works within a line by title; what counts as a
field read right is `biblio.parse.gold`'s, shared with the field-confidence
table fitted on the training part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from biblio import Record, iter_extract
from biblio.parse import Parsed
from biblio.parse.calibration import judged
from biblio.parse.gold import SCORED, agree, align_works, gold_values, record_values
from biblio.parse.training import FORMATS, corpus_documents, gold_lines

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realworld"


@dataclass
class Score:
    """Counts over a set of documents."""

    documents: int = 0
    lines: Counter[str] = field(default_factory=Counter)  # gold kind → lines
    tp: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    works: int = 0
    found: int = 0  # gold works aligned with a predicted one
    exact: int = 0
    emitted: int = 0  # `none` lines that yielded a record
    # Works named in feed prose: gold, predicted on prose or other lines, and right.
    inline_gold: int = 0
    inline_predicted: int = 0
    inline_right: int = 0
    errors: list[str] = field(default_factory=list)
    # Every field of every reading: its field confidence, the reading's confidence, right?
    fields: list[tuple[float | None, float, bool]] = field(default_factory=list)

    def f1(self, key: str) -> tuple[float, float, float, int]:
        p = self.tp[key] / self.predicted[key] if self.predicted[key] else 1.0
        r = self.tp[key] / self.gold[key] if self.gold[key] else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), self.gold[key]


def readings(doc: Path) -> dict[int, list[Parsed]]:
    """What biblio reads from each line of `doc`."""
    text = doc.read_text(encoding="utf-8")
    by_line: dict[int, list[Parsed]] = {}
    for outcome in iter_extract(text, FORMATS[doc.suffix], source=doc.name):  # type: ignore[arg-type]
        if outcome.citations:
            by_line.setdefault(outcome.line, []).extend(outcome.citations)
    return by_line


def predictions(doc: Path) -> dict[int, list[Record]]:
    """The records biblio reads from each line of `doc`."""
    return {line: [p.record for p in found] for line, found in readings(doc).items()}


def score_document(doc: Path, score: Score, keep_errors: bool = False) -> None:
    score.documents += 1
    got_by_line = readings(doc)
    is_feed = doc.suffix == ".xml"
    for entry in gold_lines(CORPUS, doc).values():
        kind, line = entry["kind"], entry["line"]
        score.lines[kind] += 1
        found = got_by_line.get(line, [])
        records = [p.record for p in found]
        for parsed, csl_field, right in judged([(found, entry["citations"])]):
            score.fields.append((parsed.field_confidence.get(csl_field), parsed.confidence, right))
        got = [record_values(r) for r in records]
        if kind == "none":
            if records:
                score.emitted += 1
                if is_feed:
                    score.inline_predicted += len(records)
                if keep_errors:
                    titles = [r.full_title for r in records]
                    score.errors.append(f"{doc.name}:{line}: EMITTED {titles}")
            continue
        gold = [gold_values(w) for w in entry["citations"]]
        pairs = align_works(gold, got)
        missed = len(gold) - len(pairs)
        score.works += len(gold)
        score.found += len(pairs)
        for g in gold:
            for key in g:
                score.gold[key] += 1
        for p in got:
            for key in p:
                score.predicted[key] += 1
        for g, p in pairs:
            wrong = [k for k in SCORED if (k in g or k in p)
                     and not (k in g and k in p and agree(k, g[k], p[k]))]
            for k in SCORED:
                if k in g and k in p and agree(k, g[k], p[k]):
                    score.tp[k] += 1
            if not wrong:
                score.exact += 1
            elif keep_errors:
                score.errors.append(f"{doc.name}:{line}: WRONG {wrong}: gold "
                                    f"{ {k: g.get(k) for k in wrong} } got "
                                    f"{ {k: p.get(k) for k in wrong} }")
        if keep_errors and missed:
            score.errors.append(f"{doc.name}:{line}: MISSED {missed} of {len(gold)}")
        if kind == "inline" and is_feed:
            score.inline_gold += len(gold)
            score.inline_predicted += len(got)
            score.inline_right += len(pairs)


def documents(split: str) -> list[Path]:
    return corpus_documents(CORPUS, split)


def evaluate(docs: Iterable[Path], keep_errors: bool = False) -> Score:
    score = Score()
    for doc in docs:
        score_document(doc, score, keep_errors)
    return score
